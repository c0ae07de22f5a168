// Package http serves a newsgraph store over HTTP: a read-only JSON API
// (documented in an OpenAPI file at /api/openapi.json), CSV and JSON Lines
// exports, an optional token-protected ingest endpoint, and the web UI, whose
// HTML, CSS and JavaScript are embedded in the binary.
//
// Every piece of article text is untrusted: the API returns it as JSON, and
// the UI only ever puts it into the page as text nodes (never as HTML), under
// a Content-Security-Policy that forbids inline scripts.
package http

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	nethttp "net/http"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

//go:embed ui/*
var uiFiles embed.FS

//go:embed openapi.json
var openAPI []byte

// Processor turns a raw document into an analysed article; a
// *pipeline.Pipeline is one.
type Processor interface {
	Process(ctx context.Context, doc *newsgraph.Document) *newsgraph.Article
}

// Options configure a Server.
type Options struct {
	// Token enables POST /api/articles for requests that carry it as
	// "Authorization: Bearer TOKEN". Empty leaves the server read-only.
	Token string
	// Processor analyses posted documents; POST /api/articles is disabled without one.
	Processor Processor
	// MaxBodyBytes bounds a request body (default 4 MiB).
	MaxBodyBytes int64
	// RatePerSecond and Burst bound the requests of one client address
	// (defaults 20 and 60). Ingest requests cost 10.
	RatePerSecond float64
	Burst         int
	// Log receives one line per failed request; nil discards.
	Log *log.Logger
}

// Server serves one store.
type Server struct {
	store   newsgraph.Store
	opts    Options
	limiter *limiter
	mux     *nethttp.ServeMux
	ui      fs.FS
}

// NewServer returns a server for store.
func NewServer(store newsgraph.Store, opts Options) *Server {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = 4 << 20
	}
	if opts.RatePerSecond <= 0 {
		opts.RatePerSecond = 20
	}
	if opts.Burst <= 0 {
		opts.Burst = 60
	}
	ui, _ := fs.Sub(uiFiles, "ui")
	s := &Server{store: store, opts: opts, limiter: newLimiter(opts.RatePerSecond, opts.Burst), mux: nethttp.NewServeMux(), ui: ui}
	s.routes()
	return s
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() nethttp.Handler { return s }

// ServeHTTP sets the security headers, applies the rate limit and routes the request.
func (s *Server) ServeHTTP(w nethttp.ResponseWriter, r *nethttp.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	cost := 1.0
	if r.Method == nethttp.MethodPost {
		cost = 10
	}
	if !s.limiter.allow(clientAddr(r), cost) {
		h.Set("Retry-After", "1")
		s.error(w, r, nethttp.StatusTooManyRequests, errors.New("too many requests"))
		return
	}
	r.Body = nethttp.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	s.mux.ServeHTTP(w, r)
}

func clientAddr(r *nethttp.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /api/openapi.json", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	m.HandleFunc("GET /api/stats", s.handleStats)
	m.HandleFunc("GET /api/articles", s.handleSearch)
	m.HandleFunc("POST /api/articles", s.handlePost)
	m.HandleFunc("GET /api/articles/{id}", s.handleArticle)
	m.HandleFunc("GET /api/entities", s.handleEntities)
	m.HandleFunc("GET /api/entities/{id}", s.handleEntity)
	m.HandleFunc("GET /api/quotes", s.handleQuotes)
	m.HandleFunc("GET /api/events", s.handleEvents)
	m.HandleFunc("GET /api/timeline", s.handleTimeline)
	m.HandleFunc("GET /api/network", s.handleNetwork)
	m.HandleFunc("GET /api/duplicates", s.handleDuplicates)
	m.HandleFunc("GET /api/export/{file}", s.handleExport)
	m.HandleFunc("/api/", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		s.error(w, r, nethttp.StatusNotFound, fmt.Errorf("no API endpoint %s %s", r.Method, r.URL.Path))
	})
	m.Handle("GET /ui/", nethttp.StripPrefix("/ui/", nethttp.FileServerFS(s.ui)))
	// Every page of the single-page UI is the same document; the script routes on the path.
	for _, p := range []string{"/{$}", "/search", "/article/{id}", "/entity/{id}", "/entities", "/timeline", "/network", "/quotes", "/duplicates"} {
		m.HandleFunc("GET "+p, s.handleIndex)
	}
}

func (s *Server) handleIndex(w nethttp.ResponseWriter, r *nethttp.Request) {
	b, err := fs.ReadFile(s.ui, "index.html")
	if err != nil {
		s.error(w, r, nethttp.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b)
}

type apiError struct {
	Error string `json:"error"`
}

func (s *Server) error(w nethttp.ResponseWriter, r *nethttp.Request, code int, err error) {
	if code >= 500 && s.opts.Log != nil {
		s.opts.Log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
	}
	msg := err.Error()
	if code >= 500 {
		msg = "internal error"
	}
	writeJSON(w, code, apiError{Error: msg})
}

func writeJSON(w nethttp.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// storeError maps a store error to a status.
func (s *Server) storeError(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	switch {
	case errors.Is(err, newsgraph.ErrNotFound):
		s.error(w, r, nethttp.StatusNotFound, err)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		s.error(w, r, nethttp.StatusServiceUnavailable, errors.New("request cancelled or timed out"))
	default:
		s.error(w, r, nethttp.StatusInternalServerError, err)
	}
}

// query reads and checks the query parameters common to the listings.
type query struct {
	r   *nethttp.Request
	err error
}

func (q *query) str(name string, maxLen int) string {
	v := strings.TrimSpace(q.r.URL.Query().Get(name))
	if len(v) > maxLen && q.err == nil {
		q.err = fmt.Errorf("parameter %s: longer than %d bytes", name, maxLen)
	}
	return v
}

func (q *query) int(name string, lo, hi int) int {
	v := q.r.URL.Query().Get(name)
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if (err != nil || n < lo || n > hi) && q.err == nil {
		q.err = fmt.Errorf("parameter %s: want a whole number from %d to %d, got %q", name, lo, hi, v)
	}
	return n
}

func (q *query) bool(name string) bool {
	switch q.r.URL.Query().Get(name) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

func (q *query) date(name string) string {
	v := q.str(name, 10)
	if v == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", v); err != nil && q.err == nil {
		q.err = fmt.Errorf("parameter %s: want a date YYYY-MM-DD, got %q", name, v)
	}
	return v
}

func (q *query) page(defLimit int) newsgraph.Page {
	p := newsgraph.Page{Limit: q.int("limit", 0, 1000), Offset: q.int("offset", 0, 1_000_000)}
	if p.Limit == 0 {
		p.Limit = defLimit
	}
	return p
}

func (q *query) eventFilter() newsgraph.EventFilter {
	return newsgraph.EventFilter{Entity: q.str("entity", 64), Country: q.str("country", 8), EventType: q.str("type", 32),
		QuadClass: q.int("quad", 0, 4), From: q.date("from"), To: q.date("to"), AllCopies: q.bool("all_copies"), Page: q.page(50)}
}

func (s *Server) handleStats(w nethttp.ResponseWriter, r *nethttp.Request) {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, 200, st)
}

type searchResult struct {
	Total int                     `json:"total"`
	Hits  []*newsgraph.ArticleHit `json:"hits"`
}

func (s *Server) handleSearch(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := &query{r: r}
	f := newsgraph.ArticleFilter{Query: q.str("q", 500), Entity: q.str("entity", 64), Country: q.str("country", 8),
		EventType: q.str("type", 32), Source: q.str("source", 200), From: q.date("from"), To: q.date("to"),
		Primary: q.bool("primary"), Page: q.page(20)}
	if q.err != nil {
		s.error(w, r, nethttp.StatusBadRequest, q.err)
		return
	}
	hits, total, err := s.store.SearchArticles(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, 200, searchResult{Total: total, Hits: hits})
}

type articleResult struct {
	Article   *newsgraph.ArticleJSON  `json:"article"`
	EntityIDs map[string]string       `json:"entity_ids"`
	Group     string                  `json:"group"`
	Primary   bool                    `json:"primary"`
	Copies    []*newsgraph.ArticleHit `json:"copies"`
	Ingested  string                  `json:"ingested"`
}

func (s *Server) handleArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	id := r.PathValue("id")
	if len(id) > 200 {
		s.error(w, r, nethttp.StatusBadRequest, errors.New("article id too long"))
		return
	}
	sa, err := s.store.Article(r.Context(), id)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, 200, articleResult{Article: sa.Article.JSON(), EntityIDs: sa.EntityIDs, Group: sa.Group, Primary: sa.Primary,
		Copies: sa.Copies, Ingested: sa.Ingested})
}

// postDoc is one document posted to /api/articles.
type postDoc struct {
	HTML      string `json:"html"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Source    string `json:"source"`
}

type postResult struct {
	Results []newsgraph.PutResult `json:"results"`
	Errors  []string              `json:"errors"`
}

func (s *Server) handlePost(w nethttp.ResponseWriter, r *nethttp.Request) {
	if s.opts.Token == "" || s.opts.Processor == nil {
		s.error(w, r, nethttp.StatusForbidden, errors.New("this server is read-only: start it with --token to accept articles"))
		return
	}
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(tok), []byte(s.opts.Token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
		s.error(w, r, nethttp.StatusUnauthorized, errors.New("a valid bearer token is required"))
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var mbe *nethttp.MaxBytesError
		if errors.As(err, &mbe) {
			s.error(w, r, nethttp.StatusRequestEntityTooLarge, fmt.Errorf("request body larger than %d bytes", mbe.Limit))
			return
		}
		s.error(w, r, nethttp.StatusBadRequest, err)
		return
	}
	var docs []postDoc
	trimmed := strings.TrimSpace(string(body))
	if strings.HasPrefix(trimmed, "[") {
		err = json.Unmarshal(body, &docs)
	} else {
		var d postDoc
		err = json.Unmarshal(body, &d)
		docs = []postDoc{d}
	}
	if err != nil {
		s.error(w, r, nethttp.StatusBadRequest, fmt.Errorf("request body: want a JSON object {html|text, url, published, source} or an array of them: %v", err))
		return
	}
	if len(docs) > 100 {
		s.error(w, r, nethttp.StatusRequestEntityTooLarge, errors.New("at most 100 documents a request"))
		return
	}
	out := postResult{Results: []newsgraph.PutResult{}, Errors: []string{}}
	var as []*newsgraph.Article
	for i, d := range docs {
		doc := &newsgraph.Document{Origin: fmt.Sprintf("http:%s#%d", clientAddr(r), i), URL: d.URL, Published: d.Published, Source: d.Source}
		switch {
		case d.HTML != "":
			doc.Format, doc.Data = newsgraph.FormatHTML, []byte(d.HTML)
		case d.Text != "":
			doc.Format, doc.Data = newsgraph.FormatText, []byte(d.Text)
		default:
			out.Errors = append(out.Errors, fmt.Sprintf("document %d: neither html nor text given", i))
			continue
		}
		a := s.opts.Processor.Process(r.Context(), doc)
		if a.Error != "" {
			out.Errors = append(out.Errors, fmt.Sprintf("document %d: %s", i, a.Error))
			continue
		}
		as = append(as, a)
	}
	if len(as) > 0 {
		rs, err := s.store.PutArticles(r.Context(), as)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		out.Results = rs
	}
	code := nethttp.StatusOK
	if len(as) == 0 {
		code = nethttp.StatusUnprocessableEntity
	}
	writeJSON(w, code, out)
}

func (s *Server) handleEntities(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := &query{r: r}
	f := newsgraph.EntityFilter{Query: q.str("q", 200), Type: q.str("type", 16), Country: q.str("country", 8), Page: q.page(50)}
	if q.err != nil {
		s.error(w, r, nethttp.StatusBadRequest, q.err)
		return
	}
	es, err := s.store.Entities(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, 200, es)
}

func (s *Server) handleEntity(w nethttp.ResponseWriter, r *nethttp.Request) {
	e, err := s.store.Entity(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, 200, e)
}

func (s *Server) handleQuotes(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := &query{r: r}
	f := newsgraph.QuoteFilter{Query: q.str("q", 500), Speaker: q.str("speaker", 64), From: q.date("from"), To: q.date("to"), Page: q.page(50)}
	if q.err != nil {
		s.error(w, r, nethttp.StatusBadRequest, q.err)
		return
	}
	qs, err := s.store.Quotes(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, 200, qs)
}

func (s *Server) handleEvents(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := &query{r: r}
	f := q.eventFilter()
	if q.err != nil {
		s.error(w, r, nethttp.StatusBadRequest, q.err)
		return
	}
	evs, err := s.store.Events(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, 200, evs)
}

func (s *Server) handleTimeline(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := &query{r: r}
	f := q.eventFilter()
	if q.err != nil {
		s.error(w, r, nethttp.StatusBadRequest, q.err)
		return
	}
	tl, err := s.store.Timeline(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, 200, tl)
}

func (s *Server) handleNetwork(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := &query{r: r}
	f := q.eventFilter()
	if r.URL.Query().Get("limit") == "" {
		f.Limit = 150
	}
	if q.err != nil {
		s.error(w, r, nethttp.StatusBadRequest, q.err)
		return
	}
	n, err := s.store.Network(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, 200, n)
}

func (s *Server) handleDuplicates(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := &query{r: r}
	p := q.page(50)
	if q.err != nil {
		s.error(w, r, nethttp.StatusBadRequest, q.err)
		return
	}
	gs, err := s.store.DuplicateGroups(r.Context(), p)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, 200, gs)
}

func (s *Server) handleExport(w nethttp.ResponseWriter, r *nethttp.Request) {
	file := r.PathValue("file")
	what, format, ok := strings.Cut(file, ".")
	if !ok || (format != "csv" && format != "jsonl") {
		s.error(w, r, nethttp.StatusNotFound, fmt.Errorf("no export %q: want events, entities or quotes, .csv or .jsonl", file))
		return
	}
	q := &query{r: r}
	ef := q.eventFilter()
	if q.err != nil {
		s.error(w, r, nethttp.StatusBadRequest, q.err)
		return
	}
	ex := &Exporter{Store: s.store, Format: format}
	ctype := "text/csv; charset=utf-8"
	if format == "jsonl" {
		ctype = "application/x-ndjson"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="newsgraph-%s.%s"`, what, format))
	var err error
	switch what {
	case "events":
		ef.Page = newsgraph.Page{}
		err = ex.Events(r.Context(), w, ef)
	case "entities":
		err = ex.Entities(r.Context(), w, newsgraph.EntityFilter{Type: q.str("type", 16), Country: q.str("country", 8)})
	case "quotes":
		err = ex.Quotes(r.Context(), w, newsgraph.QuoteFilter{Speaker: q.str("speaker", 64), From: ef.From, To: ef.To})
	default:
		w.Header().Del("Content-Disposition")
		s.error(w, r, nethttp.StatusNotFound, fmt.Errorf("no export %q: want events, entities or quotes", what))
		return
	}
	if err != nil && s.opts.Log != nil {
		s.opts.Log.Printf("export %s: %v", file, err)
	}
}

// Serve serves on ln until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &nethttp.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 60 * time.Second,
		WriteTimeout: 5 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
		return nil
	}
}
