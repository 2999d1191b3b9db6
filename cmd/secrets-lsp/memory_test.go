package main

import "testing"

func TestMemoryLimit(t *testing.T) {
	for _, tt := range []struct {
		live uint64
		want int64
	}{
		{0, memoryFloor},
		{45 << 20, memoryFloor},  // two analyses of a 10,000-line policy
		{100 << 20, 150 << 20},   // a large workspace: half as much again
		{1 << 63, 1<<60 + 1<<59}, // no overflow
	} {
		if got := memoryLimit(tt.live); got != tt.want {
			t.Errorf("memoryLimit(%d) = %d, want %d", tt.live, got, tt.want)
		}
	}
}
