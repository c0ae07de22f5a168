package webpage

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// metaCharsetRE finds a charset declared in a meta tag anywhere in the head,
// for pages that declare it after the first 1024 bytes the HTML standard's
// prescan looks at.
var metaCharsetRE = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// decode returns data converted to UTF-8 and the name of the encoding it was
// read as. The encoding is taken, in this order, from a byte order mark, the
// Content-Type charset, a meta charset or http-equiv declaration, and
// otherwise detected from the bytes. Bytes invalid in the encoding become
// U+FFFD.
func decode(data []byte, contentType string) (string, string) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain {
		head := data[:min(len(data), 64<<10)]
		if m := metaCharsetRE.FindSubmatch(head); m != nil {
			if e, err := htmlindex.Get(string(m[1])); err == nil {
				enc, certain = e, true
				name, _ = htmlindex.Name(e)
			}
		}
	}
	if !certain {
		if utf8.Valid(data) {
			return string(data), "utf-8"
		}
		enc, name = detect(data)
	} else if name != "utf-8" && !strings.HasPrefix(name, "utf-16") && !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) && looksUTF8(data) {
		// A page declared in a legacy encoding whose bytes are valid,
		// non-ASCII UTF-8 is UTF-8: legacy text almost never is.
		return string(data), "utf-8"
	}
	if enc == nil || enc == encoding.Nop || name == "utf-8" {
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		return strings.ToValidUTF8(string(data), "\ufffd"), "utf-8"
	}
	if name == "utf-16le" || name == "utf-16be" {
		enc = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
		if name == "utf-16be" {
			enc = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
		}
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\ufffd"), "utf-8"
	}
	return strings.ToValidUTF8(string(out), "\ufffd"), name
}

// looksUTF8 reports whether data is valid UTF-8 and holds multi-byte sequences.
func looksUTF8(data []byte) bool {
	multi := false
	for _, c := range data {
		if c >= utf8.RuneSelf {
			multi = true
			break
		}
	}
	return multi && utf8.Valid(data)
}

// detect guesses the encoding of bytes that declare none and are not UTF-8.
func detect(data []byte) (encoding.Encoding, string) {
	sample := data[:min(len(data), 256<<10)]
	// Detect on the text, not the markup: strip tags crudely.
	text := tagRE.ReplaceAll(sample, []byte(" "))
	if len(bytes.TrimSpace(text)) < 64 {
		text = sample
	}
	res, err := chardet.NewHtmlDetector().DetectBest(text)
	if err == nil && res != nil {
		name := strings.ToLower(res.Charset)
		switch name {
		case "gb-18030", "gb18030":
			name = "gbk"
		case "iso-8859-1":
			name = "windows-1252"
		}
		if e, err := htmlindex.Get(name); err == nil {
			n, _ := htmlindex.Name(e)
			return e, n
		}
	}
	e, _ := htmlindex.Get("windows-1252")
	return e, "windows-1252"
}

var tagRE = regexp.MustCompile(`<[^>]*>`)
