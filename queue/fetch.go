package queue

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/input"
)

// UserAgent is what the fetcher sends.
const UserAgent = "newsgraph/0 (+https://github.com/newsgraph/newsgraph; news analysis)"

// Fetcher downloads the pages of URL items.
type Fetcher struct {
	// AllowPrivate allows loopback, private and link-local addresses.
	AllowPrivate bool
	// Timeout bounds one download (default 30s).
	Timeout time.Duration
	// MaxBytes bounds one page (default input.DefaultMaxBytes).
	MaxBytes int64
	// Client, when set, is used as is (tests).
	Client *http.Client
}

var errPrivate = errors.New("refusing to connect to a loopback, private or link-local address")

func (f *Fetcher) client() *http.Client {
	if f.Client != nil {
		return f.Client
	}
	d := &net.Dialer{Timeout: 10 * time.Second}
	if !f.AllowPrivate {
		d.Control = func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return err
			}
			a := ap.Addr().Unmap()
			if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() || a.IsUnspecified() || a.IsMulticast() {
				return errPrivate
			}
			return nil
		}
	}
	tr := &http.Transport{DialContext: d.DialContext, TLSHandshakeTimeout: 10 * time.Second, ResponseHeaderTimeout: 20 * time.Second}
	return &http.Client{Transport: tr, Timeout: f.timeout()}
}

func (f *Fetcher) timeout() time.Duration {
	if f.Timeout > 0 {
		return f.Timeout
	}
	return 30 * time.Second
}

// Fetch downloads one page. Refused addresses, client errors (4xx) and pages
// that are not HTML or text are permanent failures; network errors and
// server errors (5xx, 429) are worth another attempt.
func (f *Fetcher) Fetch(ctx context.Context, url string) (*newsgraph.Document, error) {
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return nil, Permanent(fmt.Errorf("%s: only http and https URLs are fetched", url))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, Permanent(fmt.Errorf("%s: %w", url, err))
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8")
	resp, err := f.client().Do(req)
	if err != nil {
		if errors.Is(err, errPrivate) {
			return nil, Permanent(fmt.Errorf("%s: %w", url, err))
		}
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return nil, fmt.Errorf("%s: %s", url, resp.Status)
	case resp.StatusCode >= 400:
		return nil, Permanent(fmt.Errorf("%s: %s", url, resp.Status))
	case resp.StatusCode != http.StatusOK:
		return nil, Permanent(fmt.Errorf("%s: unexpected %s", url, resp.Status))
	}
	ct := resp.Header.Get("Content-Type")
	format := newsgraph.FormatHTML
	if mt, _, err := mime.ParseMediaType(ct); err == nil {
		switch {
		case mt == "text/plain":
			format = newsgraph.FormatText
		case mt == "text/html", mt == "application/xhtml+xml":
		default:
			return nil, Permanent(fmt.Errorf("%s: %s is not a page newsgraph reads", url, mt))
		}
	}
	limit := f.MaxBytes
	if limit <= 0 {
		limit = input.DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	doc := &newsgraph.Document{Origin: url, Format: format, ContentType: ct, URL: resp.Request.URL.String()}
	if int64(len(data)) > limit {
		data = data[:limit]
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("the page is larger than %d bytes and was cut", limit))
	}
	doc.Data = data
	if len(strings.TrimSpace(string(data))) == 0 {
		doc.Err = fmt.Errorf("%s: the page is empty", url)
	}
	return doc, nil
}
