// Package demo ships the sample articles of `newsgraph demo`: a handful of
// news stories written for the project (never copied from anywhere), as HTML
// pages and as scraped text, including one wire story syndicated by two
// sites with different headlines, and a technology story whose text holds
// literal HTML markup (which the UI must show as text, never run).
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed articles
var files embed.FS

// Files returns the sample articles as a file system rooted at the articles folder.
func Files() fs.FS {
	sub, err := fs.Sub(files, "articles")
	if err != nil {
		panic(err) // the folder is embedded at build time
	}
	return sub
}

// WriteTo copies the sample articles into dir (created if needed) and returns
// the paths written.
func WriteTo(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	var paths []string
	err := fs.WalkDir(Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(Files(), p)
		if err != nil {
			return err
		}
		out := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(out, b, 0o644); err != nil {
			return err
		}
		paths = append(paths, out)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	return paths, nil
}
