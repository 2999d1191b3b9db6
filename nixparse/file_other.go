//go:build !unix

package nixparse

func readRegular(string, []byte) ([]byte, bool) { return nil, false }
