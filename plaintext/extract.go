package plaintext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/mojibake"
	"golang.org/x/text/encoding/charmap"
)

// Default limits of an Extractor whose fields are zero.
const (
	DefaultMaxBytes = 16 << 20 // input beyond this is cut off, with a warning
	DefaultMaxLines = 50000    // lines beyond this are cut off, with a warning
)

// Extractor extracts articles from scraped text (newsgraph.FormatText
// documents). The zero value is ready to use; it is safe for concurrent use.
type Extractor struct {
	// MaxBytes bounds the input read; longer input is cut off and the article
	// gets a warning. Zero means DefaultMaxBytes.
	MaxBytes int
	// MaxLines bounds the lines considered; zero means DefaultMaxLines.
	MaxLines int
	// StripDateline takes a dateline that opens the first paragraph
	// ("BRUSSELS (Reuters) - Ministers agreed ...") out of the body; it is
	// always copied into Article.Dateline. By default it stays in the body, as
	// the article-extraction benchmark's annotators kept it. A dateline on a
	// line of its own is always taken out.
	StripDateline bool
}

// New returns an Extractor with the default limits.
func New() *Extractor { return &Extractor{} }

var _ newsgraph.Extractor = (*Extractor)(nil)

// ErrNoText is reported (in Article.Error) for input that holds no text at all:
// empty input, or binary data.
var ErrNoText = errors.New("no text")

// Extract turns a scraped text into an Article. It always returns an article;
// the error is non-nil, and Article.Error set, only when the document could
// not be processed at all (it could not be read, it is empty or binary, or ctx
// is done). A text in which no story is found yields a partial article with a
// warning.
func (x *Extractor) Extract(ctx context.Context, doc *newsgraph.Document) (*newsgraph.Article, error) {
	if doc == nil {
		return &newsgraph.Article{Format: newsgraph.FormatText, Error: "no document"}, errors.New("plaintext: nil document")
	}
	a := &newsgraph.Article{
		Origin: doc.Origin,
		Format: newsgraph.FormatText,
		URL:    doc.URL,
		Source: doc.Source,
	}
	fail := func(err error) (*newsgraph.Article, error) {
		a.Error = err.Error()
		a.ID = newsgraph.ArticleID(a)
		return a, err
	}
	if doc.Err != nil {
		return fail(fmt.Errorf("plaintext: %s: %w", doc.Origin, doc.Err))
	}
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	data := doc.Data
	maxBytes := x.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if len(data) > maxBytes {
		a.Warn(fmt.Sprintf("input is %d bytes, more than the limit of %d: only the first %d were read", len(data), maxBytes, maxBytes))
		data = data[:maxBytes]
	}
	text, warn, err := decode(data)
	if warn != "" {
		a.Warn(warn)
	}
	if err != nil {
		return fail(fmt.Errorf("plaintext: %s: %w", doc.Origin, err))
	}
	maxLines := x.MaxLines
	if maxLines <= 0 {
		maxLines = DefaultMaxLines
	}
	if t, ok := unwrap(text); ok {
		text = t
		a.Warn("layout: the text is hard-wrapped; wrapped lines were joined into paragraphs")
	}
	lines := splitLines(text, maxLines)
	if len(lines) == maxLines {
		a.Warn(fmt.Sprintf("input has more than %d lines: the rest was not read", maxLines))
	}
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	p := newPage(lines)
	p.stripDateline = x.StripDateline
	p.fill(a)
	if doc.Published != "" {
		a.Published = doc.Published
	}
	if doc.Source != "" {
		a.Source = doc.Source
	}
	a.ID = newsgraph.ArticleID(a)
	return a, nil
}

// ExtractText is a convenience for extracting one scraped text held in a string.
func (x *Extractor) ExtractText(text string) *newsgraph.Article {
	a, _ := x.Extract(context.Background(), &newsgraph.Document{Format: newsgraph.FormatText, Data: []byte(text)})
	return a
}

// decode turns the input bytes into clean UTF-8 text. It refuses empty and
// binary input, decodes invalid UTF-8 as Windows-1252 (the usual culprit), and
// drops control characters.
func decode(data []byte) (string, string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", fmt.Errorf("%w: the input is empty", ErrNoText)
	}
	sample := data
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	ctl := 0
	for _, c := range sample {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
		}
	}
	if nul := bytes.Count(sample, []byte{0}); ctl*10 > len(sample) || nul > 8 && nul*100 > len(sample) {
		return "", "", fmt.Errorf("%w: the input looks binary (%d control bytes in the first %d)", ErrNoText, ctl, len(sample))
	}
	var warn string
	var text string
	if utf8.Valid(data) {
		text = string(data)
	} else {
		bad := 0
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				bad++
			}
			i += size
		}
		if s, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil && bad*20 > utf8.RuneCount(data)/100+1 {
			text = string(s)
			warn = "encoding: the input is not valid UTF-8; it was read as Windows-1252"
		} else {
			text = strings.ToValidUTF8(string(data), "\uFFFD")
			warn = fmt.Sprintf("encoding: the input is not valid UTF-8; %d invalid bytes were replaced", bad)
		}
	}
	if fixed, n := mojibake.Repair(text); n > 0 {
		// before control characters go: a doubly garbled "FranÃ\u0083Â§ois" needs its C1 byte
		text = fixed
		if warn != "" {
			warn += "; "
		}
		warn += fmt.Sprintf("encoding: %d mojibake sequences (UTF-8 read as Windows-1252, as in \"FranÃ§ois\") were repaired", n)
	}
	text = strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\r' || r == '\t' || r == '\f' || r == '\v' || r == '\u00a0' || r == '\u2028' || r == '\u2029':
			if r == '\u2028' || r == '\u2029' {
				return '\n'
			}
			return ' '
		case r == '\ufeff' || r == '\u200b':
			return -1
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, text)
	return text, warn, nil
}

// splitLines splits text into its non-empty lines, with runs of spaces folded.
func splitLines(text string, max int) []string {
	var out []string
	for len(text) > 0 && len(out) < max {
		i := strings.IndexByte(text, '\n')
		var ln string
		if i < 0 {
			ln, text = text, ""
		} else {
			ln, text = text[:i], text[i+1:]
		}
		ln = strings.TrimSpace(ln)
		if ln == "" {
			continue
		}
		if strings.Contains(ln, "  ") {
			ln = strings.Join(strings.Fields(ln), " ")
		}
		out = append(out, ln)
	}
	return out
}
