package main

import (
	"context"
	"fmt"
	"log"
	"net"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph"
	nghttp "github.com/newsgraph/newsgraph/http"
	"github.com/newsgraph/newsgraph/pipeline"
)

// serveFlags are the flags serve and demo share.
type serveFlags struct {
	addr    *string
	token   *string
	maxBody *int64
	rate    *float64
}

func addServeFlags(fs interface {
	String(string, string, string) *string
	Int64(string, int64, string) *int64
	Float64(string, float64, string) *float64
}, defAddr string) *serveFlags {
	return &serveFlags{
		addr:    fs.String("addr", defAddr, "address to listen on; the default listens on this machine only"),
		token:   fs.String("token", "", "bearer token that enables POST /api/articles (default: $NEWSGRAPH_TOKEN; none leaves the server read-only)"),
		maxBody: fs.Int64("max-body", 4<<20, "largest request body, in bytes"),
		rate:    fs.Float64("rate", 20, "requests per second allowed from one client address (bursts of 3 s)"),
	}
}

// serveStore serves store until ctx is done, printing the URL to e.stdout.
func serveStore(ctx context.Context, e *env, store newsgraph.Store, sf *serveFlags, what string) error {
	token := *sf.token
	if token == "" {
		token = os.Getenv("NEWSGRAPH_TOKEN")
	}
	opts := nghttp.Options{Token: token, MaxBodyBytes: *sf.maxBody, RatePerSecond: *sf.rate, Burst: int(3 * *sf.rate),
		Log: log.New(e.stderr, "newsgraph serve: ", log.LstdFlags)}
	if token != "" {
		opts.Processor = pipeline.Default()
	}
	ln, err := net.Listen("tcp", *sf.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *sf.addr, err)
	}
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	url := "http://" + net.JoinHostPort(host, port) + "/"
	mode := "read-only"
	if token != "" {
		mode = "POST /api/articles enabled with a token"
	}
	fmt.Fprintf(e.stdout, "newsgraph: serving %s at %s (%s; Ctrl-C stops)\n", what, url, mode)
	if f, ok := e.stdout.(interface{ Sync() error }); ok {
		f.Sync()
	}
	if !strings.HasPrefix(*sf.addr, "127.") && !strings.HasPrefix(*sf.addr, "localhost:") && !strings.HasPrefix(*sf.addr, "[::1]") {
		fmt.Fprintf(e.stderr, "newsgraph: warning: listening on %s, reachable from other machines\n", ln.Addr())
	}
	return nghttp.NewServer(store, opts).Serve(ctx, ln)
}

func init() {
	c := &command{
		name:    "serve",
		usage:   "[flags]",
		summary: "serve a store: the web UI and the JSON API (read-only unless given a token)",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(c, e)
		db := fs.String("db", "newsgraph.db", "the store: a SQLite file, or a postgres:// URL")
		sf := addServeFlags(fs, "127.0.0.1:8080")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			fmt.Fprintf(e.stderr, "newsgraph serve: unexpected arguments %q\n", fs.Args())
			return errUsage
		}
		if _, err := os.Stat(*db); err != nil && !isPostgres(*db) {
			return fmt.Errorf("store %s: %w (create it with 'newsgraph ingest --db %s SOURCE...')", *db, err, *db)
		}
		store, err := openStore(ctx, *db)
		if err != nil {
			return err
		}
		defer store.Close()
		return serveStore(ctx, e, store, sf, *db)
	}
	register(c)
}

// listenCheck opens a listener on addr, to see whether the address is free.
func listenCheck(addr string) (net.Listener, error) { return net.Listen("tcp", addr) }
