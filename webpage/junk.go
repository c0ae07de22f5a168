package webpage

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"golang.org/x/net/html/atom"
)

// junkLines are short lines that are page furniture wherever they appear:
// labels of ads, comment, share, related and subscription widgets
// (compared lower-cased, without a leading count or trailing punctuation).
var junkLines = map[string]bool{}

// junkPrefixes start lines of page furniture.
var junkPrefixes = []string{"see more", "more from ", "follow us", "sign up", "subscribe", "loading", "skip to ",
	"click here", "continue reading", "post a comment", "post comment", "add a comment", "add comment",
	"share on ", "most popular", "read more", "related:", "tags:", "filed under", "updated ", "last updated",
	"first published", "published on", "posted on", "posted at"}

func init() {
	for _, l := range strings.Split(`advert|advertisement|ad|sponsored|sponsored content|comment|comments|leave a comment|
leave a reply|view comments|show comments|related|related news|related articles|related article|related stories|related posts|
related links|related tags|related content|related reading|related topics|related coverage|tag|tags|topic|topics|share|
share this|share this article|share this story|share this post|share on facebook|share on twitter|share via|tweet|email|print|
print this|print this article|print this page|read more|read next|also read|more on this|don't miss|dont miss|don’t miss|
recommended|recommended for you|you may also like|top stories|latest news|most read|trending|trending now|editor's picks|
editor's pick|editors picks|next|next article|next story|next post|previous|previous article|previous story|previous post|
back to top|photo|photos|video|videos|gallery|image|listen|listen to this article`, "|") {
		junkLines[strings.TrimSpace(l)] = true
	}
}

// isJunkLine reports whether a short line is a furniture label.
func isJunkLine(text string) bool {
	l := strings.ToLower(text)
	l = strings.TrimLeft(l, "0123456789 ")
	l = strings.TrimRightFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if junkLines[l] {
		return true
	}
	for _, p := range junkPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// bylineRE matches a line that is only a byline.
var bylineRE = regexp.MustCompile(`^(?i:by|written by|posted by|von|par|por|di|door)\s+\S`)

// dateRE finds a calendar date in a line.
var dateRE = regexp.MustCompile(`(?i)\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|` +
	`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|` +
	`\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}年\d{1,2}月\d{1,2}日)`)

var metaWordRE = regexp.MustCompile(`(?i)\b(?:updated|published|posted|modified|last|first|on|at|by|am|pm|ist|gmt|utc|edt|est|et|bst|cet)\b`)

// junkKind returns the boilerplate kind of a short block that is page
// furniture (a widget label, a byline, a date line), or "". A quoted block
// (an embedded post, whose last line is its author and date) keeps its date
// line.
func junkKind(text string, runes int, quoted bool) newsgraph.BoilerplateKind {
	if runes > 160 {
		return ""
	}
	if runes <= 60 && isJunkLine(text) {
		return newsgraph.KindOther
	}
	if runes <= 80 && len(text) > 3 && (text[0]|0x20 == 'b' || text[0]|0x20 == 'w' || text[0]|0x20 == 'p' || text[0]|0x20 == 'v' || text[0]|0x20 == 'd') && bylineRE.MatchString(text) && !strings.ContainsAny(text[len(text)-1:], ".!?\"”") {
		return newsgraph.KindOther
	}
	if runes <= 120 && !quoted && strings.ContainsAny(text, "0123456789") && dateRE.MatchString(text) && !strings.ContainsAny(text[len(text)-1:], ".!?\"”") {
		rest := dateRE.ReplaceAllString(text, " ")
		rest = metaWordRE.ReplaceAllString(rest, " ")
		if len(strings.Fields(rest)) <= 6 || metaWordRE.MatchString(text) && len(strings.Fields(rest)) <= 10 {
			return newsgraph.KindOther
		}
	}
	return ""
}

// promoRE matches calls to action that close or open articles: newsletter
// and subscription pitches, contact, follow and listen prompts.
var promoRE = regexp.MustCompile(`(?i)\b(?:subscribe|subscription|sign up|newsletters?|inbox|click here|follow (?:us|him|her|them)|` +
	`follow [^.]{1,40} on (?:facebook|twitter|instagram|youtube|linkedin)|listen (?:to|live|back)|check out|powered by|` +
	`write to [^.]{1,40} at|may be reached|can be reached|reach (?:him|her|them) at|email (?:us|the author|him|her)|tip\?|download (?:the|our) app|` +
	`all rights reserved|copyright|©)`)

// trimEdges drops promotional and furniture blocks from the start and the
// end of the selected paragraphs: promotions at either end, and at the end
// also headings and short unpunctuated lines left without a paragraph after
// them ("More stories", "Tell us what you think...").
func trimEdges(paras []*block) (kept, dropped []*block) {
	promo := func(b *block) bool { return b.runes <= 300 && promoRE.MatchString(b.text) }
	start, end := 0, len(paras)
	for start < end && promo(paras[start]) {
		start++
	}
	for end > start {
		b := paras[end-1]
		if !promo(b) && !isHeading(b.tag) && !widgetLabel(b) {
			break
		}
		end--
	}
	dropped = append(dropped, paras[:start]...)
	dropped = append(dropped, paras[end:]...)
	return paras[start:end], dropped
}

// creditLineRE matches the credit lines that close wire stories ("© Reuters",
// "With Post wires", "Contributing: Jane Doe"): they belong to the story.
var creditLineRE = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright|with .{0,30}wires|contributing|additional reporting|reporting by|` +
	`(?:main |lead |top )?(?:image|photo|picture) credits?|source:|sources:|editing by|compiled by)`)

// moreLabelRE matches "Related coverage from X:" and "More on this:" labels.
var moreLabelRE = regexp.MustCompile(`(?i)^(?:related|more)\b.*:$`)

// widgetLabel reports whether a short block at the end of an article is the
// label of a widget that follows it: a short unpunctuated line of a few
// words, or one trailing off in an ellipsis. Credit lines, the attribution
// lines of quoted posts ("— Name (@handle) date") and multi-line blocks are
// not labels.
func widgetLabel(b *block) bool {
	if b.runes >= 60 || b.tag == atom.Blockquote || strings.Contains(b.text, "\n") || creditLineRE.MatchString(b.text) {
		return false
	}
	if strings.HasPrefix(b.text, "—") || strings.HasPrefix(b.text, "-") || strings.HasPrefix(b.text, "–") {
		return false
	}
	if moreLabelRE.MatchString(b.text) || strings.HasSuffix(b.text, "...") || strings.HasSuffix(b.text, "…") {
		return true
	}
	return unfinished(b.text) && len(strings.Fields(b.text)) <= 4
}

// unfinished reports whether a line does not end as a sentence does (or
// trails off with an ellipsis).
func unfinished(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?\"”’)»。！？", r)
}
