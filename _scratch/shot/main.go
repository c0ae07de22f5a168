package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

func main() {
	actx, c1 := chromedp.NewExecAllocator(context.Background(), chromedp.ExecPath("/usr/bin/chromium"), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir("/tmp/shot-profile"), chromedp.Flag("window-size", "1280,900"), chromedp.Flag("disable-dev-shm-usage", true))
	defer c1()
	ctx, c2 := chromedp.NewContext(actx)
	defer c2()
	ctx, c3 := context.WithTimeout(ctx, 60*time.Second)
	defer c3()
	chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			d := ""
			if e.ExceptionDetails.Exception != nil {
				d = e.ExceptionDetails.Exception.Description
			}
			fmt.Println("EXC", e.ExceptionDetails.Text, e.ExceptionDetails.URL, e.ExceptionDetails.LineNumber, d)
		case *runtime.EventConsoleAPICalled:
			fmt.Println("CONSOLE", e.Type)
		}
	})
	if err := chromedp.Do(ctx, chromedp.Navigate(os.Args[1])); err != nil {
		panic(err)
	}
	for _, js := range os.Args[3:] {
		time.Sleep(1500 * time.Millisecond)
		v, err := chromedp.Run(ctx, chromedp.Evaluate[any](js))
		fmt.Println("JS", js, "=>", v, err)
	}
	time.Sleep(2500 * time.Millisecond)
	txt, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('main').innerText.slice(0, 600)`))
	fmt.Println(txt)
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		panic(err)
	}
	os.WriteFile(os.Args[2], b, 0o644)
}
