package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func testSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\nAllow: /private/press/\n\nUser-agent: badbot\nDisallow: /\n")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><body><p>ua=%s path=%s</p></body></html>", r.UserAgent(), r.URL.Path)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 5000)))
	})
	mux.HandleFunc("/redirect-home", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://127.0.0.1:1/", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestRefusesPrivateAddresses checks that loopback, private and link-local
// destinations are refused unless AllowPrivate is set, also after a redirect.
func TestRefusesPrivateAddresses(t *testing.T) {
	srv := testSite(t)
	ctx := context.Background()
	strict := New(Options{HostInterval: time.Millisecond})
	for _, u := range []string{srv.URL + "/news", "http://localhost:1/", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/", "http://[::1]:1/"} {
		_, err := strict.Get(ctx, u)
		if !errors.Is(err, ErrForbiddenAddress) {
			t.Errorf("Get(%s) error = %v, want ErrForbiddenAddress", u, err)
		}
	}
	open := New(Options{AllowPrivate: true, HostInterval: time.Millisecond})
	p, err := open.Get(ctx, srv.URL+"/news")
	if err != nil {
		t.Fatalf("with AllowPrivate: %v", err)
	}
	if !strings.Contains(string(p.Body), "ua=newsgraph/") {
		t.Errorf("User-Agent not sent: %s", p.Body)
	}
}

func TestPublic(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"93.184.216.34", true}, {"2606:4700::1111", true},
		{"127.0.0.1", false}, {"10.0.0.1", false}, {"172.16.5.4", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"0.0.0.0", false}, {"100.64.0.1", false}, {"::1", false},
		{"fe80::1", false}, {"fc00::1", false}, {"224.0.0.1", false}, {"255.255.255.255", false}, {"::ffff:127.0.0.1", false},
	}
	for _, tc := range tests {
		if got := Public(net.ParseIP(tc.ip)); got != tc.want {
			t.Errorf("Public(%s) = %v, want %v", tc.ip, got, tc.want)
		}
	}
}

func TestRobots(t *testing.T) {
	srv := testSite(t)
	ctx := context.Background()
	f := New(Options{AllowPrivate: true, HostInterval: time.Millisecond})
	tests := []struct {
		path string
		ok   bool
	}{
		{"/news/story", true},
		{"/private/memo", false},
		{"/private/press/release", true},
	}
	for _, tc := range tests {
		_, err := f.Get(ctx, srv.URL+tc.path)
		if (err == nil) != tc.ok {
			t.Errorf("Get(%s) error = %v, want allowed=%v", tc.path, err, tc.ok)
		}
		if !tc.ok && !errors.Is(err, ErrRobots) {
			t.Errorf("Get(%s) error = %v, want ErrRobots", tc.path, err)
		}
	}
	bad := New(Options{AllowPrivate: true, UserAgent: "BadBot/2.0", HostInterval: time.Millisecond})
	if _, err := bad.Get(ctx, srv.URL+"/news"); !errors.Is(err, ErrRobots) {
		t.Errorf("a disallowed agent got through: %v", err)
	}
}

func TestRobotsMatch(t *testing.T) {
	r := parseRobots([]byte("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search\nAllow: /search/about\n"), DefaultUserAgent)
	tests := []struct {
		path string
		want bool
	}{
		{"/a/b.pdf", false}, {"/a/b.pdf?x=1", true}, {"/search?q=1", false}, {"/search/about", true}, {"/", true},
	}
	for _, tc := range tests {
		if got := r.allows(tc.path); got != tc.want {
			t.Errorf("allows(%s) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestLimits(t *testing.T) {
	srv := testSite(t)
	f := New(Options{AllowPrivate: true, IgnoreRobots: true, MaxBytes: 1000, HostInterval: time.Millisecond})
	p, err := f.Get(context.Background(), srv.URL+"/big")
	if err != nil {
		t.Fatal(err)
	}
	if !p.Truncated || len(p.Body) != 1000 {
		t.Errorf("body %d bytes truncated=%v, want cut at 1000", len(p.Body), p.Truncated)
	}
	if _, err := f.Get(context.Background(), "ftp://example.com/x"); err == nil {
		t.Error("an ftp URL was accepted")
	}
	d := f.Document(context.Background(), "http://192.0.2.1:bad/")
	if d.Err == nil {
		t.Error("a bad URL gave no error document")
	}
}
