package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"gopkg.in/yaml.v2"
)

// The go-yaml v2 oracle: for each JSON string on stdin, print "<json>\t<type>", where <type>
// is "string" when `v: <value>` (plain) reads back as that string, else the Go type it reads as.
// Build: GOPATH=/usr/share/gocode GO111MODULE=off go build oracle.go (Debian: golang-go,
// golang-gopkg-yaml.v2-dev). Regenerate the verdicts with ./regenerate.sh.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var value string
		if err := json.Unmarshal(sc.Bytes(), &value); err != nil {
			panic(err)
		}
		var out map[string]interface{}
		err := yaml.Unmarshal([]byte("v: "+value+"\n"), &out)
		if err != nil {
			fmt.Printf("%s\terror\n", sc.Text())
			continue
		}
		s, ok := out["v"].(string)
		if ok && s == value {
			fmt.Printf("%s\tstring\n", sc.Text())
		} else {
			fmt.Printf("%s\t%T\n", sc.Text(), out["v"])
		}
	}
}
