// Package lang detects the language of an article from its text, as an ISO
// 639-1 code, with a trigram model (whatlanggo). The page's own declaration
// (html lang, meta tags) is only a hint: the text decides when it is long
// enough to be reliable.
package lang

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"github.com/newsgraph/newsgraph"
)

// MinRunes is the least amount of text, in code points, that detection is tried on.
const MinRunes = 40

// sampleBytes bounds how much text detection reads: the opening of an article
// tells its language as well as the whole and costs far less.
const sampleBytes = 8 << 10

// Result is a detected language.
type Result struct {
	Code       string  // ISO 639-1, "" when unknown
	Confidence float64 // 0..1
	Reliable   bool
}

// Detect returns the language of text. Text shorter than MinRunes, or text the
// model cannot place, gives an empty code.
func Detect(text string) Result {
	if len(text) > sampleBytes {
		cut := sampleBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if utf8.RuneCountInString(strings.TrimSpace(text)) < MinRunes {
		return Result{}
	}
	info := whatlanggo.Detect(text)
	code := info.Lang.Iso6391()
	if code == "" {
		return Result{}
	}
	return Result{Code: code, Confidence: info.Confidence, Reliable: info.IsReliable()}
}

// Stage sets Article.Language from the body text. When the text is too short
// or the model is unsure, it keeps the page's declared language (if any) and
// says so in a warning; when the text clearly disagrees with the declaration,
// the text wins and the disagreement is recorded.
type Stage struct{}

// Name returns "lang".
func (Stage) Name() string { return "lang" }

// Annotate implements newsgraph.Stage.
func (Stage) Annotate(_ context.Context, a *newsgraph.Article) error {
	declared := normalise(a.Language)
	text := a.Body
	if utf8.RuneCountInString(text) < 4*MinRunes && a.Title != "" {
		text = a.Title + "\n" + text
	}
	r := Detect(text)
	switch {
	case r.Code == "" && declared == "":
		a.Language = ""
		if strings.TrimSpace(a.Body) != "" {
			a.Warn("language: the text is too short or too mixed to detect its language")
		}
	case r.Code == "":
		a.Language = declared
		a.Warn(fmt.Sprintf("language: %q is the page's declaration; the text was too short to confirm it", declared))
	case !r.Reliable && declared != "":
		a.Language = declared
	case declared != "" && declared != r.Code:
		a.Warn(fmt.Sprintf("language: the page declares %q but the text reads as %q (confidence %.2f)", declared, r.Code, r.Confidence))
		a.Language = r.Code
	default:
		a.Language = r.Code
		if !r.Reliable {
			a.Warn(fmt.Sprintf("language: %q detected with low confidence (%.2f)", r.Code, r.Confidence))
		}
	}
	return nil
}

// normalise turns a declared language tag ("en-US", "EN", "en_GB") into its
// ISO 639-1 primary subtag, or "" when it is not one.
func normalise(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}

// SkipUnlessEnglish reports whether a stage trained on English text only must
// leave a alone because its detected language is another one, and then warns
// which stage (tagger) did not run and what was not done ("no entities were
// tagged"). An article whose language is unknown is treated as English.
func SkipUnlessEnglish(a *newsgraph.Article, tagger, notDone string) bool {
	if a.Language == "" || a.Language == "en" {
		return false
	}
	a.Warn(fmt.Sprintf("%s: language %q detected; the tagger is trained on English only, so %s", tagger, a.Language, notDone))
	return true
}
