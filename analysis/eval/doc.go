// Package eval is a lazy partial evaluator for Nix expressions parsed by
// nixparse, with an explicit unknown value.
//
// Values are those of Nix (Null, Bool, Int, Float, String, Path, List,
// Attrs, Func) plus Unknown: what the evaluator cannot know (an input it
// does not have, a builtin it does not model, a budget exhausted) or, with
// Err set, a certain failure (what Nix would throw: a missing attribute of a
// known set, a type error on known values, throw, a failed assert). Unknown
// propagates through every operation and never becomes an error on its
// own; an attribute set may be Open (more attributes than it lists) and
// stays useful for the attributes it has.
//
// Evaluation is lazy (thunks, forced at most once), bounded in steps and
// depth (a budget of steps per evaluation Machine.Renew starts, grown by
// the size of the files read; Machine.Stops says where a bound was hit),
// and reads files only through an io/fs.FS: import, readFile,
// pathExists, readDir, fromJSON and fromTOML of workspace files. Every
// value carries the Origin it came from — the byte range of the literal
// that wrote it, also when it came through map, a let, a function or a JSON
// key file — so that the analysis can point at it. Every thunk records the
// files its value depends on (Dep), for incremental re-analysis.
//
// The builtins and the part of nixpkgs' lib that policies use (lib.nix:
// lists, strings, attrsets, trivial, and the module system's mkIf, mkMerge,
// mkOverride, mkDefault, mkForce, mkOrder, mkBefore, mkAfter) are modelled
// natively; lib and builtins are open sets, so a function not modelled is
// unknown, never an error.
package eval
