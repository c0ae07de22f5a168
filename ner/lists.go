package ner

// The project's own compact word lists, written for newsgraph: gazetteer
// features for the tagger and the GPE/LOC and NORP/MISC split. Comma or line
// separated, case-insensitive. Countries, demonyms, capitals, cities, regions
// and organisations are not listed here: they come from the gazetteer package
// (see addPlaces in gaz.go).

const firstNames = `
James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Charles, Christopher, Daniel,
Matthew, Anthony, Mark, Donald, Steven, Paul, Andrew, Joshua, Kenneth, Kevin, Brian, George, Timothy,
Ronald, Edward, Jason, Jeffrey, Ryan, Jacob, Gary, Nicholas, Eric, Jonathan, Stephen, Larry, Justin,
Scott, Brandon, Benjamin, Samuel, Gregory, Alexander, Frank, Patrick, Raymond, Jack, Dennis, Jerry,
Tyler, Aaron, Jose, Adam, Nathan, Henry, Douglas, Zachary, Peter, Kyle, Walter, Ethan, Jeremy, Harold,
Keith, Christian, Roger, Noah, Gerald, Carl, Terry, Sean, Austin, Arthur, Lawrence, Jesse, Dylan,
Bryan, Joe, Jordan, Billy, Bruce, Albert, Willie, Gabriel, Logan, Alan, Juan, Wayne, Roy, Ralph,
Randy, Eugene, Vincent, Russell, Elijah, Louis, Bobby, Philip, Johnny, Bill, Bob, Tom, Tony, Jim,
Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Nancy, Lisa, Betty,
Margaret, Sandra, Ashley, Kimberly, Emily, Donna, Michelle, Dorothy, Carol, Amanda, Melissa, Deborah,
Stephanie, Rebecca, Sharon, Laura, Cynthia, Kathleen, Amy, Shirley, Angela, Helen, Anna, Brenda,
Pamela, Nicole, Emma, Samantha, Katherine, Christine, Debra, Rachel, Catherine, Carolyn, Janet, Ruth,
Maria, Heather, Diane, Virginia, Julie, Joyce, Victoria, Olivia, Kelly, Christina, Lauren, Joan,
Evelyn, Judith, Megan, Cheryl, Andrea, Hannah, Martha, Jacqueline, Frances, Gloria, Ann, Jane, Kate,
Sophie, Claire, Alice, Julia, Marie, Anne, Sophia, Isabel, Ines, Lucia, Elena, Natalia, Olga, Irina,
Tatiana, Svetlana, Yulia, Ekaterina, Anastasia, Vladimir, Sergei, Sergey, Dmitry, Dmitri, Alexei,
Alexey, Andrei, Andrey, Mikhail, Nikolai, Ivan, Igor, Oleg, Yuri, Viktor, Boris, Pavel, Volodymyr,
Petro, Mykola, Taras, Hans, Klaus, Jurgen, Wolfgang, Helmut, Gerhard, Angela, Ursula, Olaf, Friedrich,
Jean, Pierre, Jacques, Francois, Michel, Philippe, Nicolas, Emmanuel, Marine, Ségolène, Giuseppe,
Giovanni, Marco, Matteo, Luca, Francesco, Silvio, Mario, Sergio, Carlos, Luis, Jorge, Pedro, Manuel,
Miguel, Javier, Antonio, Francisco, Fernando, Alejandro, Ricardo, Eduardo, Rafael, Diego, Andres,
Gustavo, Luiz, Jair, Dilma, Cristina, Mauricio, Evo, Hugo, Nicolás, Ahmed, Mohammed, Mohamed,
Muhammad, Mohammad, Ali, Hassan, Hussein, Omar, Abdullah, Abdul, Ibrahim, Yusuf, Mustafa, Khalid,
Mahmoud, Tariq, Imran, Nawaz, Recep, Tayyip, Benjamin, Yair, Naftali, Ehud, Shimon, Yitzhak, Ariel,
Narendra, Rahul, Sonia, Manmohan, Amit, Raj, Sanjay, Priya, Xi, Li, Wang, Zhang, Liu, Chen, Yang, Hu,
Wen, Jiang, Shinzo, Fumio, Yoshihide, Junichiro, Kim, Park, Moon, Lee, Yoon, Jae, Nelson, Jacob, Thabo,
Cyril, Uhuru, William, Raila, Goodluck, Muhammadu, Bola, Olusegun, Paul, Yoweri, Robert, Emmerson,
Kofi, Ban, Antonio, Boutros, Jens, Vladimír, Viktor, Andrzej, Lech, Donald, Mateusz, Recep, Kemal,
Justin, Stephen, Malcolm, Kevin, Scott, Anthony, Jacinda, Theresa, Boris, Rishi, Keir, Gordon, Tony,
Hillary, Barack, Michelle, Joe, Kamala, Nancy, Mitch, Chuck, Bernie, Elizabeth, Mike, Ron, Ted,
Marco, Rand, Jeb, Al, Dick, Condoleezza, Colin, Madeleine, Warren, Elon, Jeff, Mark, Sundar, Satya,
Tim, Steve, Bill, Larry, Sergey, Jack, Sheryl, Mary, Jamie, Lloyd, Christine, Janet, Jerome, Ben,
Alan, Mario, Haruhiko, Mark, Rory, Tiger, Serena, Venus, Roger, Rafael, Novak, Andy, Lionel,
Cristiano, Neymar, Kylian, Diego, Pele, Zinedine, Thierry, Wayne, David, Usain, Carl, Michael, LeBron,
Kobe, Shaquille, Magnus, Garry, Anatoly`

const orgKeys = `
Inc, Inc., Corp, Corp., Corporation, Co, Co., Company, Ltd, Ltd., Limited, Plc, PLC, LLC, AG, SA, NV,
GmbH, Group, Holdings, Bank, Bancorp, Fund, Trust, Partners, Capital, Securities, Airlines, Airways,
Motors, Industries, Systems, Technologies, Communications, Energy, Petroleum, Oil, Pharmaceuticals,
Party, Union, Association, Federation, Council, Committee, Commission, Ministry, Department, Agency,
Authority, Office, Bureau, Institute, University, College, School, Hospital, Foundation, Society,
Organisation, Organization, Movement, Front, Alliance, League, Army, Navy, Police, Court, Parliament,
Congress, Senate, Assembly, Board, Club, FC, United, City, Rovers, Athletic, Wanderers, Times, Post,
News, Journal, Herald, Tribune, Press, Television, TV, Radio, Network, Exchange, Church, Brigade`

const locKeys = `
River, Lake, Mount, Mountains, Mountain, Sea, Ocean, Gulf, Bay, Strait, Straits, Island, Islands,
Peninsula, Valley, Desert, Coast, Canal, Basin, Plateau, Forest, Park, Falls, Cape, Channel, Hills,
Heights, Delta, Glacier, Range, Street, Avenue, Square, Road, Bridge, Airport, Stadium, Region,
Province, State, County, District`

const groups = `
Muslim, Muslims, Christian, Christians, Jewish, Jew, Jews, Catholic, Catholics, Protestant,
Protestants, Hindu, Hindus, Buddhist, Buddhists, Sikh, Sikhs, Sunni, Sunnis, Shia, Shi'ite, Shiite,
Shiites, Islamist, Islamists, Islamic, Orthodox, Evangelical, Evangelicals, Mormon, Democrat, Democrats,
Republican, Republicans, Democratic, Conservative, Conservatives, Labour, Liberal, Liberals, Socialist,
Socialists, Communist, Communists, Tory, Tories, Green, Greens, Kurd, Kurds, Kurdish, Arab, Arabs,
Palestinians, Israelis, Latino, Latinos, Hispanic, Hispanics, Tamil, Tamils, Hutu, Tutsi, Pashtun,
Uighur, Uyghur, Uighurs, Rohingya, Zionist, Maoist, Maoists, Marxist, Nazi, Nazis, Bolshevik`

const months = `
January, February, March, April, May, June, July, August, September, October, November, December,
Jan., Feb., Mar., Apr., Jun., Jul., Aug., Sep., Sept., Oct., Nov., Dec., Monday, Tuesday, Wednesday,
Thursday, Friday, Saturday, Sunday`

// Country, demonym and place knowledge comes from the gazetteer package's
// built-in data (see addPlaces in gaz.go). The three lists below hold only
// what that data does not: former states and the regional and bloc adjectives
// the training newswire uses, and places the gazetteer leaves out as ambiguous
// between countries. A test checks that none of them is in the gazetteer.

// formerStates are states that no longer exist (category country).
const formerStates = `
Soviet Union, USSR, Yugoslavia, Czechoslovakia`

// regionalDemonyms are adjectives and nouns of regions, blocs and former
// states (category demonym).
const regionalDemonyms = `
European, Europeans, Asian, African, Africans, Latin American, Western, Arab, Balkan, Scandinavian,
Nordic, Caribbean, Baltic, Soviet, Yugoslav`

// otherPlaces are places the gazetteer does not list (category place).
const otherPlaces = `
Kashmir, Punjab`
