// Package workspace keeps what the editor has open and turns it into
// snapshots: immutable views of the workspace in which open documents are laid
// over the files on disk, served as an io/fs.FS.
//
// A Session is the mutable state (open documents with their versions,
// workspace folders); every change to it yields a new Snapshot with a larger
// ID. The disk is read lazily through the Session's base file system and
// memoized per Snapshot, so one Snapshot never sees a file change under it.
//
// Paths are io/fs paths relative to the root the base file system represents
// (by default "/", so file:///home/u/flake.nix is "home/u/flake.nix").
package workspace
