package webpage

import (
	"bytes"
	"compress/gzip"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

// testPage builds an HTML page with head markup and a body of paragraphs.
func testPage(head string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<html><head>" + head + "</head><body><article>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func TestEncodings(t *testing.T) {
	ru := []string{
		"Городской совет в понедельник утвердил новый бюджет на следующий год, увеличив расходы на общественный транспорт и ремонт дорог.",
		"По словам мэра, дополнительные средства позволят закупить сорок новых автобусов и обновить освещение на центральных улицах города.",
		"Оппозиция раскритиковала решение, заявив, что повышение налога на имущество ляжет тяжёлым бременем на семьи с невысоким доходом.",
	}
	ja := []string{
		"東京都は月曜日、来年度の予算案を発表し、公共交通機関と道路の補修に充てる費用を大幅に増やす方針を明らかにした。",
		"知事によると、追加の予算で新しいバスを四十台購入し、中心部の街灯を最新の設備に更新する計画だという。",
		"野党側はこの決定を批判し、固定資産税の引き上げが所得の低い世帯に重い負担を強いることになると主張している。",
	}
	zh := []string{
		"市议会星期一批准了明年的新预算，增加了公共交通和道路维修方面的支出，并计划在年底前完成主要工程。",
		"市长表示，新增的资金将用于购买四十辆新公交车，并更新市中心街道的照明设施，以改善居民的出行条件。",
		"反对派批评这一决定，认为提高房产税将给低收入家庭带来沉重的负担，并要求政府重新考虑相关方案。",
	}
	fr := []string{
		"Le conseil municipal a approuvé lundi le nouveau budget de l'année prochaine, en augmentant les dépenses consacrées aux transports publics.",
		"Selon le maire, les fonds supplémentaires permettront d'acheter quarante nouveaux autobus et de rénover l'éclairage des rues du centre-ville.",
		"L'opposition a critiqué la décision, estimant que la hausse de la taxe foncière pèserait lourdement sur les ménages à faible revenu.",
	}
	tests := []struct {
		name        string
		enc         encoding.Encoding
		head, ctype string
		paras       []string
		bom         []byte
	}{
		{"windows-1251 meta charset", charmap.Windows1251, `<meta charset="windows-1251">`, "", ru, nil},
		{"windows-1251 http-equiv", charmap.Windows1251, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`, "", ru, nil},
		{"windows-1251 Content-Type header", charmap.Windows1251, ``, "text/html; charset=windows-1251", ru, nil},
		{"windows-1251 undeclared", charmap.Windows1251, ``, "", ru, nil},
		{"Shift_JIS meta", japanese.ShiftJIS, `<meta charset="Shift_JIS">`, "", ja, nil},
		{"Shift_JIS undeclared", japanese.ShiftJIS, ``, "", ja, nil},
		{"GBK meta", simplifiedchinese.GBK, `<meta http-equiv="content-type" content="text/html;charset=gbk">`, "", zh, nil},
		{"GB2312 label", simplifiedchinese.GBK, `<meta charset="gb2312">`, "", zh, nil},
		{"GBK undeclared", simplifiedchinese.GBK, ``, "", zh, nil},
		{"ISO-8859-1 meta", charmap.ISO8859_1, `<meta charset="iso-8859-1">`, "", fr, nil},
		{"ISO-8859-1 header", charmap.ISO8859_1, ``, "text/html; charset=ISO-8859-1", fr, nil},
		{"ISO-8859-1 undeclared", charmap.ISO8859_1, ``, "", fr, nil},
		{"UTF-8 BOM over a wrong meta", encoding.Nop, `<meta charset="windows-1251">`, "", ru, []byte("\xef\xbb\xbf")},
		{"UTF-16LE BOM", unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), ``, "", fr, nil},
		{"UTF-8 declared legacy but valid UTF-8", encoding.Nop, `<meta charset="iso-8859-1">`, "", fr, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := append(append([]byte{}, tc.bom...), encode(t, tc.enc, testPage(tc.head, tc.paras...))...)
			a, err := New(Options{}).Extract(context.Background(), &newsgraph.Document{Format: newsgraph.FormatHTML, Data: data, ContentType: tc.ctype})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range tc.paras {
				if !strings.Contains(a.Body, p) {
					t.Fatalf("body lacks %q:\n%q", p, a.Body)
				}
			}
		})
	}
}

// TestMojibake checks that a page whose text was garbled by a Windows-1252
// round trip ("FranÃ§ois") is repaired, with a warning.
func TestMojibake(t *testing.T) {
	page := testPage(`<meta charset="utf-8">`,
		"French President FranÃ§ois Hollande said on Monday that the talks wouldnâ€™t resume before the summit in Brussels next month.",
		"The ministers are expected to meet again in the spring, officials said, after a week of negotiations that ended without agreement.",
		"Opposition leaders called the outcome a failure and said the government had misjudged the mood of its European partners.")
	a, err := New(Options{}).Extract(context.Background(), &newsgraph.Document{Format: newsgraph.FormatHTML, Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "French President François Hollande said on Monday that the talks wouldn’t resume"; !strings.Contains(a.Body, want) {
		t.Errorf("body lacks %q:\n%q", want, a.Body)
	}
	if !strings.Contains(strings.Join(a.Warnings, "\n"), "mojibake") {
		t.Errorf("no mojibake warning: %q", a.Warnings)
	}
}

func TestBadInput(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(testPage("", story)))
	zw.Close()
	truncatedGz := gz.Bytes()[:gz.Len()/2]

	big := func() []byte {
		// A 50 MB page: a real article followed by a long tail of filler.
		var b bytes.Buffer
		b.WriteString("<html><body><article>" + story + "</article><div>")
		filler := strings.Repeat("<p>filler text of no interest, repeated to make the page large</p>\n", 1000)
		for b.Len() < 50<<20 {
			b.WriteString(filler)
		}
		b.WriteString("</div></body></html>")
		return b.Bytes()
	}
	deep := func(tag string) []byte {
		return []byte("<html><body>" + strings.Repeat("<"+tag+">", 100000) + story + strings.Repeat("</"+tag+">", 100000) + "</body></html>")
	}
	tests := []struct {
		name     string
		data     []byte
		opts     Options
		wantWarn string // a substring of one warning
		wantBody string // a substring of the body, or "" for an empty body
	}{
		{"empty", nil, Options{}, "empty page", ""},
		{"whitespace", []byte(" \n\t "), Options{}, "empty page", ""},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), Options{}, "binary", ""},
		{"gzip bytes not unpacked", truncatedGz, Options{}, "binary", ""},
		{"invalid UTF-8", []byte("<html><head><meta charset=utf-8></head><body><article>" + strings.ReplaceAll(story, "water", "wa\xff\xfeter") + "</article></body></html>"), Options{}, "", "driest winter"},
		{"no article", []byte(`<html><body><nav><a href="/">Home</a> <a href="/x">News</a></nav><form><input name=q><button>Search</button></form></body></html>`), Options{}, "no article text", ""},
		{"over the size limit", big(), Options{MaxBytes: 1 << 20}, "over the limit", "driest winter"},
		{"50 MB page", big(), Options{}, "over the limit", "driest winter"},
		{"nested 100,000 divs", deep("div"), Options{}, "nests elements deeper", "driest winter"},
		{"nested 100,000 spans", deep("span"), Options{}, "nests elements deeper", "driest winter"},
		{"nested 100,000 tables", deep("table"), Options{}, "", "driest winter"},
		{"nested 100,000 blockquotes", deep("blockquote"), Options{}, "", "driest winter"},
		{"unclosed tags", []byte("<html><body><article><p>" + strings.Repeat("<b><i><span>", 2000) + "The authority said households would receive water on alternate days for at least six weeks after the driest winter in forty years."), Options{}, "", "driest winter"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			a, err := New(tc.opts).Extract(context.Background(), &newsgraph.Document{Origin: tc.name, Format: newsgraph.FormatHTML, Data: tc.data})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			t.Logf("%s: %v, %d warnings", tc.name, time.Since(start), len(a.Warnings))
			if tc.wantWarn != "" && !strings.Contains(strings.Join(a.Warnings, "\n"), tc.wantWarn) {
				t.Errorf("warnings %q lack %q", a.Warnings, tc.wantWarn)
			}
			if tc.wantBody == "" && a.Body != "" {
				t.Errorf("body = %q, want empty", a.Body)
			}
			if tc.wantBody != "" && !strings.Contains(a.Body, tc.wantBody) {
				t.Errorf("body lacks %q: %.300q", tc.wantBody, a.Body)
			}
			if tc.name == "invalid UTF-8" && !strings.Contains(a.Body, "wa\ufffdter") {
				t.Errorf("invalid bytes were not replaced: %.200q", a.Body)
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	ex := New(Options{})
	if _, err := ex.Extract(context.Background(), &newsgraph.Document{Format: newsgraph.FormatText, Data: []byte("text")}); err == nil {
		t.Error("a text document gave no error")
	}
	if _, err := ex.Extract(context.Background(), nil); err == nil {
		t.Error("a nil document gave no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ex.Extract(ctx, &newsgraph.Document{Format: newsgraph.FormatHTML, Data: []byte(testPage("", story))}); err == nil {
		t.Error("a cancelled context gave no error")
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "<", "<html>", testPage("", story), wrap("<title>x</title>", story),
		`<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":1},null,"By X"],"datePublished":[]}</script>`,
		`<meta charset="shift_jis"><p>` + "\x82\xa0\x82\xa2" + `</p>`,
		"<table><tr><td><p>a<td>b</table></p>",
		strings.Repeat("<div>", 600) + "text",
		"<figure><figcaption><span class=credit></span></figcaption></figure>",
		"\xef\xbb\xbf<p>bom</p>", "\xff\xfe<\x00p\x00>\x00",
		`<time datetime="2019-02-31">x</time><meta property="article:published_time" content="0000-00-00">`,
	} {
		f.Add([]byte(s), "https://example.com/2020/01/02/x")
	}
	ex := New(Options{MaxBytes: 1 << 20})
	f.Fuzz(func(t *testing.T, data []byte, url string) {
		a, err := ex.Extract(context.Background(), &newsgraph.Document{Format: newsgraph.FormatHTML, Data: data, URL: url})
		if err != nil {
			return
		}
		if !utf8Valid(a.Body) || !utf8Valid(a.Title) {
			t.Errorf("invalid UTF-8 out")
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\ufffd") == s }
