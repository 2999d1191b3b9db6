//go:build unix

package nixparse

import "syscall"

// readRegular reads path into buf if it is a regular file reached without
// following a symbolic link; ok=false leaves the other cases (links,
// directories, errors) to the general path.
func readRegular(path string, buf []byte) (src []byte, ok bool) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
	for err == syscall.EINTR {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
	}
	if err != nil {
		return nil, false
	}
	defer syscall.Close(fd)
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, make([]byte, max(4096, cap(buf)))...)[:len(buf)]
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, false // a directory (EISDIR), or a read error
		case n == 0:
			return buf, true
		}
		buf = buf[:len(buf)+n]
	}
}
