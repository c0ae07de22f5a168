package plaintext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// kind is what a line was recognised as, beyond plain story text.
type kind int

const (
	kindNone        kind = iota
	kindNav              // menus, "Skip to content", breadcrumbs, "Back to top"
	kindShare            // "Share this article", "Facebook Twitter Email"
	kindRelated          // "Read more: ...", "Related", "You may also like"
	kindAd               // "Advertisement", "Continue reading the main story"
	kindComment          // "3 Comments", "Leave a reply"
	kindLegal            // cookie notices, copyright, terms
	kindSource           // "News Source : Some Site"
	kindCredit           // a bare photo or agency credit: "A.P.", "Reuters", "Photo: Jane Doe"
	kindCaption          // an image caption, usually with a credit
	kindContributor      // "Jane Doe reported from Nairobi.", "(Reporting by ...; Editing by ...)"
	kindByline           // "By Jane Doe"
	kindDate             // "Published November 18, 2019"
	kindDateline         // a dateline alone on its line: "NAIROBI, Kenya —"
	kindBio              // the writer's third-person bio
	kindTitle            // the headline line
	kindSection          // the section label line
	kindOther            // outside the story, and none of the kinds above
)

// boilerplateKind maps a line kind to the kind reported in Article.Boilerplate.
func (k kind) boilerplateKind() newsgraph.BoilerplateKind {
	switch k {
	case kindNav, kindSection:
		return newsgraph.KindNavigation
	case kindShare:
		return newsgraph.KindShare
	case kindRelated:
		return newsgraph.KindRelated
	case kindAd:
		return newsgraph.KindAd
	case kindComment:
		return newsgraph.KindComment
	case kindSource:
		return newsgraph.KindSource
	case kindCredit, kindContributor:
		return newsgraph.KindCredit
	case kindCaption:
		return newsgraph.KindCaption
	case kindBio:
		return newsgraph.KindAuthorBio
	}
	return newsgraph.KindOther
}

var (
	reNav = regexp.MustCompile(`(?i)^(skip to|jump to|back to top|go to|toggle|you are (at|here)|main menu|menu|close|search|log ?in|log ?out|sign (in|up)|register|subscribe|home|next|previous|prev|more|open|accessibility|site index|sections|navigation|learn more|watch|listen|email|text size|font size|back to|view|see all|show more|load more|invalid|copy|print|download|click|tap|follow)\b`)
	// reCrumb matches breadcrumbs: "Home > World > Africa", "News » Politics".
	reCrumb   = regexp.MustCompile(`^[^.!?]{1,40}(\s+[>»›/|]\s+[^.!?]{1,40}){1,6}$`)
	reRelated = regexp.MustCompile(`(?i)^(read (more|also|next|this)|also read|see (also|more)|watch more|more\s*:|more\b[^.!?:]{0,40}\b(stories|news|articles|coverage|reads|videos)$|related|more (from|on|in|stories|news|articles|coverage|about)|you (may|might) (also )?(like|enjoy)|recommended|most (popular|read|viewed|shared|commented)|trending|popular (posts|stories|now)|latest (news|stories|posts|articles)|further reading|don'?t miss|what to read next|top stories|editor'?s picks|in (other|case you missed)|also on|watch:|listen:|explore more|tags?|topics?|filed under)\b`)
	reAd      = regexp.MustCompile(`(?i)^(advertisement|advertising|advert|sponsored( content| links| stories)?|ad|ads|promoted( content| stories)?|paid (content|post)|continue reading( the main story| below)?|story continues (below|after)|article continues (below|after)|scroll (down )?to continue)\b`)
	// reCommentHeader matches the header of a comment section.
	reCommentHeader = regexp.MustCompile(`(?i)^(\d+|no|one|two|three)\s+(comments?|responses?|replies|thoughts)\b|^(leave a (comment|reply)|post a comment|comments are closed|join the (conversation|discussion))\b`)
	// reSays matches the line naming a commenter: "jane_doe says:".
	// reFollow matches a prompt to follow the writer or the site.
	reFollow = regexp.MustCompile(`(?i)^(follow (me|us|him|her|them|@)|connect with (me|us)|find (me|us) on|follow\b.*\b(twitter|facebook|instagram|linkedin|youtube|coverage|https?://))`)
	// reContact matches how to reach the writer, which closes a bio.
	reContact = regexp.MustCompile(`(?i)\b(can|may) be (reached|contacted|emailed) (at|by|on|via)\b|\b(reach|email|contact) (him|her|them|me|the (author|writer|reporter)) (at|on|via)\b|\bfollow (him|her|them|me) on\b`)
	// reCaptionPhrase matches the wording of a photo caption.
	reCaptionPhrase = regexp.MustCompile(`(?i)\bfile (photo|image|picture)\b|\bin this (undated |handout |file )?(photo|image|picture|video|illustration)\b|\bthis (undated |handout |file )?(photo|image|picture|illustration)( taken| provided| released| shows|,)|\b(photo|image|picture) shows\b|\((left|right|centre|center|top|bottom|pictured)\)|^(video|watch|photos?|gallery)\s*:`)
	// reParen matches a parenthetical.
	reParen   = regexp.MustCompile(`\([^()]*\)`)
	reSays    = regexp.MustCompile(`^\S+(\s+\S+){0,3}\s+(says|said|wrote|writes):$`)
	reComment = regexp.MustCompile(`(?i)^(\d+\s+)?(comments?|leave a (comment|reply)|post (a )?comment|add (a )?comment|view( all)? comments|show comments|reply|replies|join the (conversation|discussion)|be the first to comment|responses?|discuss)\b`)
	reSource  = regexp.MustCompile(`(?i)^(?:news\s+)?source\s*[:：]\s*(.{2,80}?)\s*\.?$`)
	// reCreditLine matches a bare credit line.
	reCreditLine = regexp.MustCompile(`(?i)^\(?\s*((main |featured |top |header )?(photo(graph)?s?|images?|pictures?|pics?|credits?|illustrations?|videos?)( credits?)?\s*(by|:|/|-|–|\.\.\.|…)\s*\S.*|©\s*\S.*)\)?$`)
	// reAgency matches a line that is only an agency or photo-agency name,
	// possibly with photographers and slashes ("AP Photo/Jane Doe", "A.P.", "Getty Images").
	reAgency = regexp.MustCompile(`(?i)^\(?\s*((the )?associated press|a\.?\s?p\.?|ap photos?(\s*/\s*[^.!?]{2,40})?|(reuters|afp|epa|getty images|xinhua|dpa)\s*/\s*[^.!?]{2,40}|reuters|a\.?f\.?p\.?|agence france[- ]presse|getty( images)?|epa(-efe)?|efe|xinhua|ansa|dpa|pa( media| wire| images)?|bloomberg|shutterstock|istock(photo)?|alamy|upi|tass|ria novosti|sipa|corbis|nurphoto|anadolu( agency)?|kyodo|yonhap|bernama|pti|ians|ani|sputnik|rex features|zuma( press)?|wireimage|handout|file( photo)?|supplied|courtesy\b.*|[^.!?]{0,40}\b(via|/)\s*(getty( images)?|afp|ap|reuters|epa|shutterstock|istock|alamy)|[^.!?]{0,40}/\s*(the )?(new york times|washington post|[a-z]+ photo))\s*\)?\s*\.?$`)
	// reCaptionTail matches a credit at the end of a caption.
	reCaptionTail = regexp.MustCompile(`(?i)(?:\s|^)\(?((photo(graph)?|image|picture|pic|credit|illustration)s?( credit)?\s*(:|\.\.\.|…|/)\s*[^.!?]{2,80}|\((ap|afp|reuters|epa|getty)[^()]{0,60}\)|photo by [^.!?]{2,60}|\([^()]{0,50}(/|©)[^()]{0,50}\)|\[[^\[\]]{0,50}(/|©|\bvia\b|\bfile\b|\bphoto|\bimage|\bcredit)[^\[\]]{0,50}\])\)?\s*\.?$`)
	// reCaptionLabel matches a caption the scraper kept its label for.
	reCaptionLabel = regexp.MustCompile(`(?i)^(image|photo|picture|video|media) (caption|copyright)\b`)
	// reRelTime matches a relative time or reading time: "2 hours ago", "4 min read".
	reRelTime     = regexp.MustCompile(`(?i)^(updated |published |posted )?(\d+|an?|one)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+(ago|read)$`)
	reByline      = regexp.MustCompile(`(?i)^(written |posted |reported |words |text |story )?by\s+(.{2,})$`)
	reAuthorLabel = regexp.MustCompile(`(?i)^(author|authors|writer|reporter|posted by|written by)\s*[:：]\s*(.{2,})$`)
	reDateLabel   = regexp.MustCompile(`(?i)^(first |originally )?(published|posted|updated|last updated|modified|date|created)( on| at)?\s*[:：]?\s*`)
	// reDateline matches a dateline that is a line of its own.
	reDatelineLine = regexp.MustCompile(`^([\p{Lu}][\p{Lu} .'’-]{1,40}(,\s*[\p{L}][\p{L} .'’-]{1,30})?)\s*(\(([^()]{2,40})\))?\s*[—–-]{0,2}$`)
	// reDatelineStart matches a dateline at the start of the first paragraph.
	reDatelineStart = regexp.MustCompile(`^([\p{Lu}][\p{Lu} .'’-]{1,40}(,\s*[\p{L}][\p{L}. '’-]{1,30}?)?)\s*(\(([^()]{2,40})\))?\s*[—–-]{1,2}\s+\S`)
	reBio           = regexp.MustCompile(`(?i)\b(is|am|was|has been|serves as)\s+(a|an|the)\b[^.]{0,120}\b(writer|reporter|correspondent|editor|journalist|columnist|contributor|author|freelancer?|producer|blogger|analyst|critic|intern|fellow|photographer|anchor|host)\b|\b(covers|writes about|reports on|has covered|has written for|has worked for)\b`)
	reAboutAuthor   = regexp.MustCompile(`(?i)^(about the (author|writer|reporter)|author bio|biography)\b`)
)

// legalPhrases mark cookie notices, copyright lines, terms, subscription and
// affiliate notices, on lines of any length; weakLegalPhrases only on short
// lines, since stories use the words too.
var (
	legalPhrases = []string{"©", "(c) ", "copyright", "all rights reserved", "use cookies", "uses cookies", "cookie policy",
		"cookie settings", "cookie preferences", "use of cookies", "privacy policy", "privacy notice", "privacy settings",
		"terms of use", "terms of service", "terms and conditions", "user agreement", "if you enjoyed this",
		"support our journalism", "become a member", "earn a commission", "receive a commission", "small commission",
		"affiliate link", "get access to", "your browser", "ad blocker", "adblock", "enable javascript", "gdpr"}
	weakLegalPhrases = []string{"affiliate", "browser", "cookie", "newsletter", "unsubscribe", "sign up", "subscribe to", "click here", "javascript"}
)

// creditWords, agencyWords and commentWords gate the costlier patterns: a line
// the pattern matches contains one of them.
var (
	creditWords = []string{"photo", "image", "picture", "pic", "credit", "illustration", "video", "©"}
	agencyWords = []string{"press", "a.p", "ap", "reuters", "afp", "a.f.p", "agence", "getty", "epa", "efe", "xinhua", "ansa", "dpa", "pa",
		"bloomberg", "shutterstock", "istock", "alamy", "upi", "tass", "ria", "sipa", "corbis", "nurphoto", "anadolu", "kyodo",
		"yonhap", "bernama", "pti", "ians", "ani", "sputnik", "rex", "zuma", "wireimage", "handout", "file", "supplied", "courtesy", "/"}
	commentWords = []string{"comment", "repl", "respons", "thought", "conversation", "discussion"}
)

// captionWords and contactWords gate reCaptionPhrase and reContact.
var (
	captionWords = []string{"photo", "image", "picture", "video", "illustration", "left)", "right)", "centre)", "center)",
		"top)", "bottom)", "pictured)", "watch", "gallery"}
	contactWords = []string{"reached", "contacted", "emailed", "reach ", "email ", "contact ", "follow "}
)

// contribPhrases mark a line that credits reporters.
var contribPhrases = []string{"reported from", "contributed", "reporting by", "editing by", "writing by", "compiled by", "produced by"}

// lower returns s in lower case.
func lower(s string) string { return strings.ToLower(s) }

// hasAny reports whether s contains any of the phrases.
func hasAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// Longest lines the legal phrase lists are applied to.
const (
	maxLegalWords     = 80
	maxWeakLegalWords = 40
)

// shareWords are the words lines of share buttons are made of.
var shareWords = map[string]bool{
	"share": true, "shares": true, "shared": true, "tweet": true, "email": true, "e": true, "mail": true, "print": true,
	"pin": true, "it": true, "whatsapp": true, "facebook": true, "twitter": true, "linkedin": true,
	"reddit": true, "telegram": true, "messenger": true, "copy": true, "link": true, "url": true,
	"pinterest": true, "tumblr": true, "flipboard": true, "pocket": true, "sms": true, "x": true,
	"this": true, "article": true, "story": true, "on": true, "via": true, "permalink": true, "save": true,
	"google": true, "vk": true, "weibo": true, "wechat": true, "line": true, "viber": true, "skype": true,
	"post": true, "page": true, "mix": true, "flip": true, "gmail": true, "bookmark": true, "and": true,
}

// isShare reports whether every word of a short line is a share-button word.
func isShare(ws []string) bool {
	if len(ws) == 0 || len(ws) > 10 {
		return false
	}
	hasShare := false
	for _, w := range ws {
		lw := strings.ToLower(w)
		if !shareWords[lw] {
			if _, err := atoiSmall(lw); err {
				return false
			}
			continue
		}
		switch lw {
		case "share", "shares", "tweet", "email", "print", "whatsapp", "facebook", "twitter", "linkedin",
			"reddit", "telegram", "pinterest", "permalink", "messenger":
			hasShare = true
		}
	}
	return hasShare
}

// atoiSmall parses a short run of digits; err is true when s is not one.
func atoiSmall(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, true
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, true
		}
		n = n*10 + int(c-'0')
	}
	return n, false
}

// classify recognises the boilerplate pattern a line matches, or kindNone.
// It looks at the line alone; context rules are applied by the caller.
func classify(l *line) kind {
	t := l.text
	ws := words(t)
	n := len(ws)
	short := n <= 8
	lt := lower(t)
	switch {
	case short && isShare(ws), n <= 14 && reFollow.MatchString(t):
		return kindShare
	case short && reAd.MatchString(t) && !l.endPuncSentence():
		return kindAd
	case n <= 10 && reSource.MatchString(t):
		return kindSource
	case n <= 14 && (hasAny(lt, creditWords) && reCreditLine.MatchString(t) || hasAny(lt, agencyWords) && reAgency.MatchString(t)):
		return kindCredit
	case (n <= 25 || strings.Contains(firstN(t, 20), ":")) && reRelated.MatchString(t):
		return kindRelated
	case short && reComment.MatchString(t) && !l.endPuncSentence():
		return kindComment
	case n <= 12 && (hasAny(lt, commentWords) && reCommentHeader.MatchString(t) || strings.HasSuffix(t, ":") && reSays.MatchString(t)):
		return kindComment
	case n <= 60 && hasAny(lt, contribPhrases) && contributorShape(t):
		return kindContributor
	case n <= 25 && (n <= 6 || !l.endPunc) && (reByline.MatchString(t) || reAuthorLabel.MatchString(t)) && startsWithName(bylineRest(t)):
		return kindByline
	case n <= 24 && (isDateLine(t) || (strings.HasSuffix(lt, "ago") || strings.HasSuffix(lt, "read")) && reRelTime.MatchString(t)):
		return kindDate
	case n <= 8 && reDatelineLine.MatchString(t) && strings.ContainsAny(t, "—–-(") && l.upperPrefix():
		return kindDateline
	case n <= maxLegalWords && hasAny(lt, legalPhrases) || n <= maxWeakLegalWords && hasAny(lt, weakLegalPhrases):
		return kindLegal
	case short && !l.endPunc && (reNav.MatchString(t) || strings.ContainsAny(t, ">»›/|") && reCrumb.MatchString(t)):
		return kindNav
	case n <= 60 && reCaptionLabel.MatchString(t):
		return kindCaption
	case n <= 60 && hasAny(lt, captionWords) && reCaptionPhrase.MatchString(t):
		return kindCaption
	case n >= 3 && n <= 60 && captionTail(t) != "":
		return kindCaption
	case n >= 4 && n <= 80 && glued(t) >= 0:
		return kindCaption
	}
	return kindNone
}

// endPuncSentence reports whether the line reads as a full sentence of some length.
func (l *line) endPuncSentence() bool { return l.endPunc && l.words >= 6 }

// upperPrefix reports whether the line's first word is all upper case.
func (l *line) upperPrefix() bool {
	ws := words(l.text)
	if len(ws) == 0 {
		return false
	}
	return strings.ToUpper(ws[0]) == ws[0] && utf8.RuneCountInString(ws[0]) >= 2
}

func firstN(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// contributorShape reports whether a line with a contributor phrase credits people
// rather than being a story sentence that happens to use the words.
func contributorShape(t string) bool {
	lt := strings.ToLower(t)
	if strings.HasPrefix(strings.TrimLeft(lt, "( "), "reporting by") || strings.HasPrefix(strings.TrimLeft(lt, "( "), "additional reporting") ||
		strings.HasPrefix(strings.TrimLeft(lt, "( "), "editing by") || strings.HasPrefix(strings.TrimLeft(lt, "( "), "writing by") {
		return true
	}
	// "X reported from P" / "X contributed reporting": the subject is a name list.
	i := strings.Index(lt, " reported from ")
	if i < 0 {
		i = strings.Index(lt, " contributed")
	}
	if i <= 0 {
		return false
	}
	return nameList(t[:i])
}

// nameList reports whether s looks like a list of person names, possibly with a
// role prefix ("Associated Press writers Jane Doe and John Roe").
func nameList(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 40 {
		return false
	}
	capped := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			capped++
		}
	}
	return capped*2 >= len(ws)
}

// bylineRest returns what follows "By" or "Author:".
func bylineRest(t string) string {
	if m := reByline.FindStringSubmatch(t); m != nil {
		return m[2]
	}
	if m := reAuthorLabel.FindStringSubmatch(t); m != nil {
		return m[2]
	}
	return ""
}

// startsWithName reports whether s starts with a capitalised word (a name),
// which tells a byline from "By clicking Accept, you agree".
func startsWithName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[0])
	if !unicode.IsUpper(r) {
		return false
	}
	switch strings.ToLower(strings.Trim(ws[0], ",.")) {
	case "clicking", "using", "continuing", "checking", "submitting", "signing", "subscribing", "choosing", "registering":
		return false
	}
	return true
}

// captionTail returns the credit at the end of a caption ("(AP Photo/Jane Doe)",
// "Credit...Jane Doe/Agency", "Photo: Jane Doe"), or "".
func captionTail(t string) string {
	if e := strings.TrimRight(t, ". "); !strings.HasSuffix(e, ")") && !strings.HasSuffix(e, "]") && !strings.ContainsAny(t, ":…/") && !strings.Contains(t, "...") &&
		!strings.Contains(strings.ToLower(t), "photo by") {
		return ""
	}
	m := reCaptionTail.FindStringSubmatchIndex(t)
	if m == nil {
		return ""
	}
	// Only when something caption-like precedes it.
	if len(words(t[:m[0]])) < 2 {
		return ""
	}
	return strings.TrimSpace(t[m[0]:])
}

// glued returns the byte offset where a credit glued to the last word of a
// caption starts ("... on Monday.Getty Imagesvia AFP"), or -1.
func glued(t string) int {
	best := -1
	for i := 0; i+1 < len(t); i++ {
		c := t[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(t) && strings.IndexByte("\"'", t[j]) >= 0 {
			j++
		}
		if j < len(t) && strings.HasPrefix(t[j:], "”") {
			j += len("”")
		}
		if j >= len(t) {
			break
		}
		r, _ := utf8.DecodeRuneInString(t[j:])
		if !unicode.IsUpper(r) {
			continue
		}
		// Not an abbreviation with initials: "U.S.", "A.P.", "J.R.R.".
		pr, ps := utf8.DecodeLastRuneInString(t[:i])
		if unicode.IsUpper(pr) {
			pp, _ := utf8.DecodeLastRuneInString(t[:i-ps])
			if i-ps == 0 || !unicode.IsLetter(pp) {
				continue
			}
		}
		if !unicode.IsLower(pr) && !unicode.IsDigit(pr) && pr != ')' && pr != '"' && pr != '”' {
			continue
		}
		rest := t[j:]
		if len(words(rest)) > 7 || strings.Contains(rest, ". ") || len(rest) < 2 {
			continue
		}
		// The next rune after the capital must not be a '.', which would be an initial.
		_, rs := utf8.DecodeRuneInString(rest)
		if rs < len(rest) && rest[rs] == '.' && len(words(rest)) == 1 && len(rest) <= 3 {
			// "A.P." style credit is fine; a lone initial is not.
			if !strings.Contains(rest[rs+1:], ".") {
				continue
			}
		}
		if len(words(t[:i])) < 3 {
			continue
		}
		best = j
		break
	}
	return best
}
