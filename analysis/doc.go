// Package analysis computes, statically and in milliseconds, what Nix
// computes for a flake's flake.secrets: the merged policy, _recipients,
// _creationRule, the whole .sops.yaml and every error, each piece with the
// source range it came from.
//
// # How it works
//
// A lazy partial evaluator (package analysis/eval) evaluates flake.nix:
// its outputs are called with stub inputs (flake-parts' lib.mkFlake, the
// secrets-lsp module, nixpkgs' lib; other inputs are unknown), and the
// module given to mkFlake is collected with every module it imports, breadth
// first, each key once, as lib.modules.collectModules does. Each module is
// reduced to its definitions of flake.secrets (and flake.sopsYaml) as Data:
// plain values independent of the evaluator. The module system is then
// reproduced on those definitions (merge.go): mkMerge, mkIf, mkOverride and
// mkOrder, their push-down, priorities, order, the reversed order in which a
// submodule receives its definitions, and the module system's own errors in
// its words (unknown options with "Did you mean", wrong types, conflicting
// values, read-only options, missing names; for the flake's own options
// too, useroptions.go and eval.OptionChecks). The merged options become a
// Policy, validated as nix/lib.nix validates it (docs/policy.md, E1–E9, with
// package keys for key syntax), and the computed values are produced byte
// for byte.
//
// What the evaluator cannot know (pkgs, a fetched input, a builtin it does
// not model, a budget exhausted) is an explicit unknown value; it
// propagates and never produces an error. A list or set that may hold more
// than the analysis sees is Open; an error that depends on what it cannot
// see (an unknown recipient name, a secret without recipients) is not
// reported then.
//
// Modules that read what other modules define — config (the policy itself,
// other flake outputs such as flake.lib, options of the flake's own
// modules), self, module arguments from _module.args — are evaluated again
// with those bound to what the previous round computed, until the policy no
// longer changes; reading a computed value (_recipients) inside the policy
// is Nix's infinite recursion. Also followed: mkFlake's specialArgs,
// flake-parts' importApply, lib.evalModules (a team's own inventory),
// lib.mkAliasOptionModule, disabledModules, module keys, submodules written
// as functions or files, flake-parts' perSystem modules as withSystem,
// getSystem and config.allSystems evaluate them for a system (persystem.go;
// pkgs and inputs' stay unknown), the flake-parts partition whose
// evaluation partitionedAttrs.secrets names (partitions.go), and modules
// that extend the policy's option types
// (options added to groups, secrets or recipients, definitions added to
// each, evaluated per item when they read its config).
//
// Imports the analysis cannot follow (inputs.foo.flakeModules.bar) are
// assumed not to define flake.secrets. A Nix file the editor has open that
// no module imports (Options.Extra) is analysed on its own in an open world
// (Result.Unreached): only what is wrong whatever other modules hold is
// reported.
//
// # API for the language server
//
//   - Workspace.Analyze(fsys, root, files) analyses the flakes the given
//     files belong to (FlakeDir: nearest flake.nix above) and returns a
//     Result per flake directory; ResultFor picks a file's. An Analyzer per
//     flake keeps caches between snapshots: the file system may implement
//     eval.FileReader (the server's snapshots do) so that unchanged files
//     are recognised without copying.
//   - Result.Diagnostics: every problem, with Code (E1–E9 for the module's
//     errors, named codes for the others; see the Code constants), Span
//     (file and byte range: the exact literal, even when it flowed through
//     map or a let or came from keys.json), Message (Nix's text), Hint (the
//     analysis' advice: the name a typo meant), Related places (the
//     recipient list a name should be in, the first duplicate) and Fixes
//     (text edits, e.g. the misspelled name replaced).
//   - Result.Reselect(fsys, file, text): the diagnostics after an edit
//     that changed only a name written in a secret's admins or targets,
//     literal secrets of a group's set, literal attributes of a group
//     (recipients, keys, directory: regroup.go), or what only some groups
//     compute from (a group's expressions, a let binding, a function they
//     map: depgroup.go), in a few milliseconds,
//     when the analysis proves that the edit went nowhere else (see
//     quick.go); the language server publishes them while the full
//     analysis of the new version waits for a pause.
//   - Result.At(file, offset) *Item: what is there — a group name, a
//     recipient declaration, a name in admins/targets (with the recipient it
//     resolves to), a secret name, a key, an option name (known or not), or
//     a slot in an admins/targets list — with completion Candidates (admins
//     only in admins, targets and "*" in targets) and the Replace range.
//   - Result.References(recipient): declarations, explicit references and
//     the implicit ones ("*", secrets taking every admin by default).
//     Result.Rename(recipient, name) gives the edits (literals in lets, key
//     files and JSON keys included) or a RenameError naming a computed name;
//     Result.RenameKeyNames also renames the attributes the recipient's keys
//     are written in (machines.${name}). VerifyRename(before, after,
//     recipient, name, edits) compares the analyses before and after the
//     edits: the same keys decrypt every secret, nothing known becomes
//     unknown, no new error (a RenameConflict says what would change).
//   - Result.Symbols(file): groups with their recipients and secrets.
//     Secret.Counts(): admins and targets that can decrypt a secret.
//   - Hover data: Secret.Recipients (role, Why: default admin, named, "*",
//     and the selecting references), Recipient.Keys (keys.Short and
//     keys.Describe render them), Secret.Rule(), Result.BlastRadius(recipient)
//     and Result.KeyBlastRadius(type, key) across groups, Group fields;
//     Result.Hover(item) renders them as Markdown.
//
// # API for --check
//
// Result.Expected() lists every secret's file (relative to the flake's
// directory) and the keys that must be able to decrypt it, in
// keys.Canonical form; Result.SopsYAML() is the generated .sops.yaml (when
// SopsYAMLKnown, written on first use); Result.Diagnostics and Result.HasErrors give the policy's
// errors.
//
// # Incremental analysis
//
// An Analyzer caches, per file, the parse (eval.Loader), the definitions of
// each module file with the files its evaluation read (eval.Dep: contents,
// existence, directory listings), and verdicts on keys. Analysing again
// evaluates only the modules whose dependencies changed; merging and
// validation are redone (they are cheap). Modules that read config are
// evaluated on every analysis.
package analysis
