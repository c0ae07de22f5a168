package ner

// The project's own compact word lists, written for newsgraph: gazetteer
// features for the tagger and the GPE/LOC and NORP/MISC split. Comma or line
// separated, case-insensitive.

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
News, Journal, Herald, Tribune, Press, Television, TV, Radio, Network, Exchange, Church, Brigade,
Reuters, AP, AFP`

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

const countryNames = `
Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan,
Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia, Bosnia,
Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi, Cambodia, Cameroon,
Canada, Chad, Chile, China, Colombia, Congo, Costa Rica, Croatia, Cuba, Cyprus, Czech Republic,
Czechia, Denmark, Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Eritrea, Estonia,
Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia, Germany, Ghana, Greece, Guatemala, Guinea,
Guyana, Haiti, Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy,
Ivory Coast, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia,
Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia,
Maldives, Mali, Malta, Mauritania, Mauritius, Mexico, Moldova, Monaco, Mongolia, Montenegro, Morocco,
Mozambique, Myanmar, Burma, Namibia, Nepal, Netherlands, Holland, New Zealand, Nicaragua, Niger,
Nigeria, North Korea, North Macedonia, Macedonia, Norway, Oman, Pakistan, Palestine, Panama, Papua New
Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda, Saudi Arabia,
Senegal, Serbia, Sierra Leone, Singapore, Slovakia, Slovenia, Somalia, South Africa, South Korea,
South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan,
Tanzania, Thailand, Togo, Tunisia, Turkey, Türkiye, Turkmenistan, Uganda, Ukraine, United Arab
Emirates, UAE, United Kingdom, UK, U.K., Britain, Great Britain, England, Scotland, Wales, Northern
Ireland, United States, United States of America, U.S., US, USA, America, Uruguay, Uzbekistan,
Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, Soviet Union, USSR, Yugoslavia, Czechoslovakia, Zaire`

const demonyms = `
Afghan, Albanian, Algerian, American, Americans, Angolan, Argentine, Argentinian, Armenian, Australian,
Austrian, Azerbaijani, Bangladeshi, Belarusian, Belgian, Bolivian, Bosnian, Brazilian, British, Briton,
Britons, Bulgarian, Burmese, Cambodian, Cameroonian, Canadian, Chadian, Chilean, Chinese, Colombian,
Congolese, Croatian, Croat, Cuban, Cypriot, Czech, Danish, Dane, Dutch, Ecuadorian, Egyptian, English,
Eritrean, Estonian, Ethiopian, European, Europeans, Filipino, Finnish, Finn, French, Frenchman, Georgian,
German, Germans, Ghanaian, Greek, Greeks, Guatemalan, Haitian, Honduran, Hungarian, Icelandic, Indian,
Indians, Indonesian, Iranian, Iranians, Iraqi, Iraqis, Irish, Israeli, Italian, Italians, Ivorian,
Jamaican, Japanese, Jordanian, Kazakh, Kenyan, Kenyans, Korean, Koreans, Kosovar, Kuwaiti, Kyrgyz,
Lao, Latvian, Lebanese, Liberian, Libyan, Lithuanian, Malagasy, Malawian, Malaysian, Malian, Maltese,
Mexican, Mexicans, Moldovan, Mongolian, Montenegrin, Moroccan, Mozambican, Namibian, Nepali, Nepalese,
Nicaraguan, Nigerian, Nigerians, Nigerien, Norwegian, Omani, Pakistani, Pakistanis, Palestinian,
Panamanian, Paraguayan, Peruvian, Polish, Pole, Poles, Portuguese, Qatari, Romanian, Russian, Russians,
Rwandan, Saudi, Saudis, Scottish, Scot, Scots, Senegalese, Serb, Serbs, Serbian, Singaporean, Slovak,
Slovenian, Somali, Somalis, South African, Spanish, Spaniard, Sri Lankan, Sudanese, Swedish, Swede,
Swiss, Syrian, Syrians, Taiwanese, Tajik, Tanzanian, Thai, Tunisian, Turkish, Turk, Turks, Ugandan,
Ukrainian, Ukrainians, Uruguayan, Uzbek, Venezuelan, Vietnamese, Welsh, Yemeni, Zambian, Zimbabwean,
Soviet, Yugoslav, Asian, African, Africans, Latin American, Western, Arab, Persian, Balkan,
Scandinavian, Nordic, Caribbean, Baltic`

const cities = `
London, Paris, Berlin, Madrid, Rome, Moscow, Kyiv, Kiev, Warsaw, Vienna, Prague, Budapest, Brussels,
Amsterdam, The Hague, Geneva, Zurich, Bern, Stockholm, Oslo, Copenhagen, Helsinki, Dublin, Lisbon,
Athens, Istanbul, Ankara, Belgrade, Sarajevo, Zagreb, Bucharest, Sofia, Minsk, Riga, Vilnius, Tallinn,
Washington, New York, Los Angeles, Chicago, Houston, Boston, San Francisco, Miami, Atlanta, Dallas,
Seattle, Detroit, Philadelphia, Denver, Phoenix, Las Vegas, New Orleans, Toronto, Montreal, Ottawa,
Vancouver, Mexico City, Havana, Bogota, Caracas, Lima, Quito, Santiago, Buenos Aires, Montevideo,
Brasilia, Rio de Janeiro, Sao Paulo, La Paz, Beijing, Shanghai, Hong Kong, Taipei, Tokyo, Osaka,
Seoul, Pyongyang, Manila, Jakarta, Bangkok, Hanoi, Ho Chi Minh City, Kuala Lumpur, Singapore, Yangon,
Phnom Penh, New Delhi, Delhi, Mumbai, Bombay, Kolkata, Calcutta, Chennai, Bangalore, Karachi, Lahore,
Islamabad, Kabul, Dhaka, Colombo, Kathmandu, Tehran, Baghdad, Damascus, Beirut, Amman, Jerusalem,
Tel Aviv, Gaza, Ramallah, Riyadh, Jeddah, Mecca, Doha, Dubai, Abu Dhabi, Kuwait City, Muscat, Sanaa,
Aden, Cairo, Alexandria, Tripoli, Benghazi, Tunis, Algiers, Rabat, Casablanca, Khartoum, Addis Ababa,
Nairobi, Mogadishu, Kampala, Kigali, Dar es Salaam, Lagos, Abuja, Accra, Dakar, Kinshasa, Luanda,
Harare, Lusaka, Johannesburg, Pretoria, Cape Town, Durban, Sydney, Melbourne, Canberra, Auckland,
Wellington, Frankfurt, Munich, Hamburg, Milan, Naples, Barcelona, Marseille, Lyon, Manchester,
Liverpool, Birmingham, Glasgow, Edinburgh, Belfast, Cardiff, Strasbourg, Luxembourg, Monaco,
Kharkiv, Odesa, Odessa, Donetsk, Luhansk, Mariupol, Crimea, St. Petersburg, Tbilisi, Yerevan, Baku,
Tashkent, Almaty, Astana, Bishkek, Dushanbe, Ashgabat, Ulaanbaatar, Texas, California, Florida,
Ohio, Michigan, Illinois, Pennsylvania, Virginia, Georgia, Arizona, Nevada, Iowa, New Hampshire,
Quebec, Ontario, Alberta, Bavaria, Catalonia, Kashmir, Punjab, Tibet, Xinjiang, Chechnya, Darfur`
