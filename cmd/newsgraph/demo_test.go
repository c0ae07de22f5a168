package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// startDemo runs `newsgraph demo` in the test process and returns its URL.
func startDemo(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var errOut bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, &env{stdin: strings.NewReader(""), stdout: pw, stderr: &syncWriter{w: &errOut}}, []string{"demo", "--addr", "127.0.0.1:0"})
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("demo did not stop")
		}
	})
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if m := regexp.MustCompile(`http://\S+/`).FindString(sc.Text()); m != "" {
				urls <- m
			}
		}
	}()
	select {
	case u := <-urls:
		return u
	case code := <-done:
		t.Fatalf("demo exited with %d before serving: %s", code, errOut.String())
	case <-time.After(3 * time.Minute):
		t.Fatalf("demo printed no URL in 3 minutes: %s", errOut.String())
	}
	return ""
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// findChromium returns the path of a Chromium or Chrome binary, "" when none is installed.
func findChromium() string {
	if p := os.Getenv("NEWSGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestDemoInBrowser starts `newsgraph demo` and uses it as a person would, in
// headless Chromium: search, open an article and see its highlights, open an
// entity page and the network, and check that markup in an article's text is
// shown, not run. Screenshots go to $NEWSGRAPH_ARTIFACTS/screenshots (default:
// a temporary folder, logged).
func TestDemoInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chrome := findChromium()
	if chrome == "" {
		t.Skip("SKIP: no chromium found on PATH (install Debian's chromium package, or set NEWSGRAPH_CHROMIUM); the browser test did not run")
	}
	needExtractors(t)
	shots := filepath.Join(t.TempDir(), "screenshots")
	if d := os.Getenv("NEWSGRAPH_ARTIFACTS"); d != "" {
		shots = filepath.Join(d, "screenshots")
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", shots)
	base := startDemo(t)

	actx, cancelA := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chrome), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("window-size", "1280,900"))
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelT()

	var mu sync.Mutex
	var problems []string
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			problems = append(problems, "a script opened a dialog: "+e.Message)
		case *runtime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			problems = append(problems, fmt.Sprintf("script error at %s:%d: %s", e.ExceptionDetails.URL, e.ExceptionDetails.LineNumber, msg))
		}
	}); err != nil {
		t.Fatalf("start chromium: %v", err)
	}

	shot := func(name string) {
		b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return
		}
		os.WriteFile(filepath.Join(shots, name+".png"), b, 0o644)
	}
	// wait polls a JavaScript condition until it is true.
	wait := func(step, cond string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			t.Fatalf("%s: condition %s never held: %v", step, cond, err)
		}
	}
	// click clicks the first element matching sel, as a mouse click would (the
	// UI's router handles the event).
	click := func(step, sel string) {
		t.Helper()
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf("(() => { const el = document.querySelector(%q); if (!el) return false; el.click(); return true })()", sel)))
		if err != nil || !ok {
			t.Fatalf("%s: cannot click %s (%v)", step, sel, err)
		}
	}
	count := func(sel string) int {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel)))
		if err != nil {
			t.Fatalf("count %s: %v", sel, err)
		}
		return n
	}

	// Home page.
	if err := chromedp.Do(ctx, chromedp.Navigate(base)); err != nil {
		t.Fatal(err)
	}
	wait("home", `document.querySelectorAll('.stats .card').length >= 4`)
	shot("01-home")

	// Search from the top bar: both copies of the syndicated wire story match.
	if err := chromedp.Do(ctx, chromedp.SendKeys("#topq", "Namanga crossing\r")); err != nil {
		t.Fatal(err)
	}
	wait("search", `location.pathname === '/search' && document.querySelectorAll('.hit').length >= 2`)
	shot("02-search")

	// Open the first hit: the body is highlighted.
	click("search", ".hit h2 a")
	wait("article", `location.pathname.startsWith('/article/') && !!document.getElementById('body')`)
	if n := count("#body .m, #body .q, #body .t, #body .ev"); n == 0 {
		t.Error("the article view highlights nothing")
	}
	if count(".boiler p") == 0 {
		t.Error("the article view shows no separated boilerplate")
	}
	shot("03-article")

	// Open an entity from the text.
	if count("#body a.m") == 0 {
		t.Error("no entity mention in the article links to an entity page")
	} else {
		click("article", "#body a.m")
		wait("entity", `location.pathname.startsWith('/entity/') && document.querySelectorAll('svg.chart').length > 0`)
		shot("04-entity")
	}

	// The actor network.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"network")); err != nil {
		t.Fatal(err)
	}
	wait("network", `document.querySelectorAll('#net circle').length >= 2`)
	chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('net').hasAttribute('data-settled')`, chromedp.WithPollingTimeout(10*time.Second)))
	shot("05-network")

	// Timeline and quotes load.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"timeline")); err != nil {
		t.Fatal(err)
	}
	wait("timeline", `document.querySelectorAll('svg.chart rect').length > 0`)
	shot("06-timeline")
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"quotes")); err != nil {
		t.Fatal(err)
	}
	wait("quotes", `document.querySelectorAll('.quote').length > 0`)
	shot("07-quotes")

	// The article whose text holds <script> and onerror= markup: shown as text, never run.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"search?q=skimmer")); err != nil {
		t.Fatal(err)
	}
	wait("xss search", `document.querySelectorAll('.hit').length >= 1`)
	click("xss search", ".hit h2 a")
	wait("xss article", `!!document.getElementById('body')`)
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById('body').textContent.includes('<script src=') && document.getElementById('body').textContent.includes('onerror=')`))
	if err != nil || !shown {
		t.Errorf("the markup in the article text is not shown as text (%v)", err)
	}
	if n := count("main script, main img, main iframe, #body [onerror]"); n != 0 {
		t.Errorf("article text became %d live elements", n)
	}
	time.Sleep(500 * time.Millisecond) // give a stray onerror a chance to fire
	shot("08-escaped")

	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Error(p)
	}
}
