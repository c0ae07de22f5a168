package fetch

import (
	"bufio"
	"bytes"
	"context"
	"net/url"
	"strings"
)

// robots holds the rules of one robots.txt that apply to newsgraph.
type robots struct {
	rules []rule // longest match wins; Allow wins a tie
}

type rule struct {
	allow  bool
	prefix string
}

// parseRobots reads the groups of a robots.txt that name agent (by a token of
// its name) or, failing that, "*".
func parseRobots(data []byte, agent string) *robots {
	agent = strings.ToLower(agent)
	if i := strings.IndexAny(agent, "/ "); i > 0 {
		agent = agent[:i]
	}
	type group struct {
		agents []string
		rules  []rule
	}
	var groups []*group
	var cur *group
	lastWasAgent := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if cur == nil || !lastWasAgent {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(val))
			lastWasAgent = true
		case "allow", "disallow":
			lastWasAgent = false
			if cur == nil {
				continue
			}
			if val == "" {
				continue // "Disallow:" allows everything
			}
			cur.rules = append(cur.rules, rule{allow: key == "allow", prefix: val})
		default:
			lastWasAgent = false
		}
	}
	var star *group
	for _, g := range groups {
		for _, a := range g.agents {
			if a == "*" && star == nil {
				star = g
			} else if a != "*" && strings.Contains(agent, a) {
				return &robots{rules: g.rules}
			}
		}
	}
	if star != nil {
		return &robots{rules: star.rules}
	}
	return &robots{}
}

// allows reports whether path (with its query) may be fetched.
func (r *robots) allows(path string) bool {
	best, allow := -1, true
	for _, ru := range r.rules {
		if match(ru.prefix, path) && (len(ru.prefix) > best || len(ru.prefix) == best && ru.allow) {
			best, allow = len(ru.prefix), ru.allow
		}
	}
	return allow
}

// match applies a robots.txt path pattern: a prefix, with * for any run of
// characters and a final $ anchoring the end.
func match(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for _, p := range parts[1:] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	if anchored && rest != "" {
		// the last part must end the path
		last := parts[len(parts)-1]
		return len(parts) > 1 && strings.HasSuffix(path, last)
	}
	return true
}

// allowed fetches (once per host) and applies the site's robots.txt. A missing
// robots.txt (4xx) allows everything; an unreachable one (5xx, network error)
// disallows the host, as the robots.txt standard asks.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) (bool, error) {
	f.mu.Lock()
	r, ok := f.robots[u.Host]
	f.mu.Unlock()
	if !ok {
		ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
		p, status, err := f.get(ctx, ru)
		switch {
		case err != nil:
			if ctx.Err() != nil {
				return false, ctx.Err()
			}
			return false, err
		case status >= 200 && status < 300:
			r = parseRobots(p.Body, f.opts.UserAgent)
		case status >= 400 && status < 500:
			r = &robots{}
		default:
			r = &robots{rules: []rule{{allow: false, prefix: "/"}}}
		}
		f.mu.Lock()
		f.robots[u.Host] = r
		f.mu.Unlock()
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return r.allows(path), nil
}
