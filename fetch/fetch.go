// Package fetch downloads web pages politely and safely: it honours
// robots.txt, spaces its requests to one host, bounds every response's time
// and size, says who it is in its User-Agent, and refuses to connect to
// loopback, private, link-local and other non-public addresses (checked on
// the address actually dialled, so redirects and DNS tricks cannot reach
// them) unless told to allow them.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph"
)

// DefaultUserAgent names newsgraph to the sites it fetches from.
const DefaultUserAgent = "newsgraph/0.1 (+https://github.com/newsgraph/newsgraph; news research crawler)"

// ErrForbiddenAddress is returned for a URL whose host resolves to a
// loopback, private, link-local or otherwise non-public address.
var ErrForbiddenAddress = errors.New("refusing to connect to a non-public address (use --allow-private to permit it)")

// ErrRobots is returned for a URL that the site's robots.txt disallows.
var ErrRobots = errors.New("disallowed by robots.txt")

// Options configure a Fetcher. Zero values take the defaults.
type Options struct {
	UserAgent    string        // default DefaultUserAgent
	Timeout      time.Duration // whole request, default 30 s
	MaxBytes     int64         // response body limit, default 8 MiB
	HostInterval time.Duration // least time between two requests to one host, default 1 s
	AllowPrivate bool          // permit loopback, private and link-local addresses
	IgnoreRobots bool          // do not read robots.txt (for tests of one's own servers)
}

// Fetcher downloads pages. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client

	mu     sync.Mutex
	next   map[string]time.Time // host -> earliest time of its next request
	robots map[string]*robots   // host -> its rules
}

// New returns a Fetcher.
func New(opts Options) *Fetcher {
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 8 << 20
	}
	if opts.HostInterval <= 0 {
		opts.HostInterval = time.Second
	}
	f := &Fetcher{opts: opts, next: map[string]time.Time{}, robots: map[string]*robots{}}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip := net.ParseIP(host)
			if ip == nil || !Public(ip) {
				return fmt.Errorf("%s: %w", host, ErrForbiddenAddress)
			}
			return nil
		}
	}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would hide the real destination from the address check
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       60 * time.Second,
	}
	f.client = &http.Client{Transport: tr, Timeout: opts.Timeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= 5 {
			return errors.New("too many redirects")
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to a %s URL", req.URL.Scheme)
		}
		return nil
	}}
	return f
}

// Public reports whether ip is a public unicast address.
func Public(ip net.IP) bool {
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	if ip4 := ip.To4(); ip4 != nil {
		switch {
		case ip4[0] == 0, ip4[0] == 100 && ip4[1]&0xc0 == 64, // this network, carrier-grade NAT
			ip4[0] == 192 && ip4[1] == 0 && ip4[2] == 0, // IETF protocol assignments
			ip4[0] == 198 && ip4[1]&0xfe == 18,          // benchmarking
			ip4[0] >= 240:                               // reserved, broadcast
			return false
		}
	} else if len(ip) == net.IPv6len && (ip[0] == 0x20 && ip[1] == 0x01 && ip[2] == 0x0d && ip[3] == 0xb8) { // documentation
		return false
	}
	return true
}

// Page is a downloaded page.
type Page struct {
	URL         string // the final URL, after redirects
	ContentType string
	Body        []byte
	Truncated   bool // the body was cut at the size limit
}

// wait blocks until host may be asked again, and books the next slot.
func (f *Fetcher) wait(ctx context.Context, host string) error {
	f.mu.Lock()
	now := time.Now()
	at := f.next[host]
	if at.Before(now) {
		at = now
	}
	f.next[host] = at.Add(f.opts.HostInterval)
	f.mu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func (f *Fetcher) get(ctx context.Context, u *url.URL) (*Page, int, error) {
	if err := f.wait(ctx, u.Host); err != nil {
		return nil, 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		if errors.Is(err, ErrForbiddenAddress) {
			return nil, 0, fmt.Errorf("fetch %s: %w", u, ErrForbiddenAddress)
		}
		return nil, 0, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return nil, resp.StatusCode, fmt.Errorf("fetch %s: %w", u, err)
	}
	p := &Page{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}
	if int64(len(body)) > f.opts.MaxBytes {
		p.Body, p.Truncated = body[:f.opts.MaxBytes], true
	}
	return p, resp.StatusCode, nil
}

// Get downloads one page, after checking the site's robots.txt and waiting
// for the host's turn. A status other than 2xx is an error.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("fetch %q: not an http(s) URL", rawURL)
	}
	if !f.opts.IgnoreRobots {
		ok, err := f.allowed(ctx, u)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("fetch %s: %w", u, ErrRobots)
		}
	}
	p, status, err := f.get(ctx, u)
	if err != nil {
		return nil, err
	}
	if status < 200 || status > 299 {
		return nil, fmt.Errorf("fetch %s: HTTP status %d", u, status)
	}
	return p, nil
}

// Document downloads a page as a newsgraph Document (an HTML page); a failure
// is reported in the Document's Err so that the caller can go on.
func (f *Fetcher) Document(ctx context.Context, rawURL string) *newsgraph.Document {
	d := &newsgraph.Document{Origin: rawURL, Format: newsgraph.FormatHTML, URL: rawURL}
	p, err := f.Get(ctx, rawURL)
	if err != nil {
		d.Err = err
		return d
	}
	d.Data, d.ContentType, d.URL = p.Body, p.ContentType, p.URL
	if p.Truncated {
		d.Warnings = append(d.Warnings, fmt.Sprintf("fetch: the page was cut at %d bytes", f.opts.MaxBytes))
	}
	if ct := strings.ToLower(p.ContentType); strings.HasPrefix(ct, "text/plain") {
		d.Format = newsgraph.FormatText
	}
	return d
}
