package newsgraph

import "testing"

func TestArticleID(t *testing.T) {
	a := &Article{URL: "https://www.Example.org/news/story/?utm_source=x&b=2&a=1#top", Body: "x"}
	b := &Article{URL: "http://example.org/news/story?a=1&b=2", Body: "y"}
	if ArticleID(a) != ArticleID(b) {
		t.Errorf("the same page under two URLs got two ids")
	}
	c := &Article{Body: "Talks resumed on Monday.\n\nBoth sides   met."}
	d := &Article{Body: "talks resumed on monday both sides met"}
	if ArticleID(c) != ArticleID(d) {
		t.Errorf("re-wrapped copies of one body got two ids")
	}
	if ArticleID(c) == ArticleID(&Article{Body: "Talks resumed on Tuesday."}) {
		t.Errorf("different bodies share an id")
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.example.org/a/b/", "https://example.org/a/b"},
		{"HTTP://Example.org:80/a?utm_medium=x&id=7#frag", "https://example.org/a?id=7"},
		{"https://example.org:8443/a", "https://example.org:8443/a"},
		{"/relative/path", ""},
		{"mailto:desk@example.org", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
