package webpage

import "testing"

func TestCleanAuthors(t *testing.T) {
	tests := []struct {
		in   []string
		site string
		want string
	}{
		{[]string{"By Jane Doe"}, "", "Jane Doe"},
		{[]string{"By JANE DOE and JOHN O'ROE, Associated Press"}, "", "Jane Doe|John O'Roe"},
		{[]string{"Bruce Y. Lee"}, "", "Bruce Y. Lee"},
		{[]string{"Jane Doe Monday"}, "", "Jane Doe"},
		{[]string{"The Morning Team", "Telegraph Sport"}, "", ""},
		{[]string{"Jane Doe, Senior Political Correspondent"}, "", "Jane Doe"},
		{[]string{"Jane Doe | Email the author"}, "", "Jane Doe"},
		{[]string{"Jane Doe, John Roe & Ana Costa"}, "", "Jane Doe|John Roe|Ana Costa"},
		{[]string{"Reuters", "AFP", "Staff Reporter", "News Desk"}, "", ""},
		{[]string{"https://www.facebook.com/janedoe"}, "", ""},
		{[]string{"Example Daily"}, "Example Daily", ""},
		{[]string{"example.com"}, "", ""},
		{[]string{"Jane Doe", "jane doe"}, "", "Jane Doe"},
		{[]string{"Written by Jane Doe Updated 3 hours ago"}, "", "Jane Doe"},
		{[]string{"Jane Doe @janedoe"}, "", "Jane Doe"},
	}
	for _, tc := range tests {
		got := cleanAuthors(tc.in, tc.site)
		g := ""
		for i, n := range got {
			if i > 0 {
				g += "|"
			}
			g += n
		}
		if g != tc.want {
			t.Errorf("cleanAuthors(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}
