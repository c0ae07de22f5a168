package main

import (
	"context"
	"net"
	"os"

	nghttp "github.com/newsgraph/newsgraph/http"
	"github.com/newsgraph/newsgraph/sqlite"
)

func main() {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, os.Args[1], sqlite.Options{})
	if err != nil {
		panic(err)
	}
	ln, err := net.Listen("tcp", os.Args[2])
	if err != nil {
		panic(err)
	}
	nghttp.NewServer(st, nghttp.Options{}).Serve(ctx, ln)
}
