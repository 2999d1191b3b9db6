# Pure functions behind the flake-parts module (./flake-module.nix): names and
# paths, key classification and syntax (including the bech32 checksum of age
# keys), the computed recipients, the SOPS creation rules, the whole
# .sops.yaml, and the validation that turns a policy into its first error.
#
# docs/policy.md is the contract; the Go analysis reproduces every value and
# message below byte for byte, so change both sides (and the golden vectors in
# testdata/policies) together.
{ lib }:
let
  inherit (builtins)
    all
    attrNames
    bitAnd
    bitXor
    concatMap
    concatStringsSep
    elem
    elemAt
    filter
    foldl'
    head
    length
    match
    stringLength
    substring
    toJSON
    ;
  inherit (lib) hasPrefix unique;

  # Names and keys in messages are quoted as builtins.toJSON quotes a string.
  quote = toJSON;

  # Key types in the order their fields are listed, with their .sops.yaml field.
  keyTypes = [ "age" "pgp" "kms" "gcpKms" "azureKeyvault" "hcVaultTransit" ];
  ruleField = {
    age = "age";
    pgp = "pgp";
    kms = "kms";
    gcpKms = "gcp_kms";
    azureKeyvault = "azure_keyvault";
    hcVaultTransit = "hc_vault_transit_uri";
  };

  isValidName = name: match "[A-Za-z0-9_][A-Za-z0-9_.-]*" name != null;

  isValidPath = path:
    all (c: match "[A-Za-z0-9_.+-]+" c != null && c != "." && c != "..") (lib.splitString "/" path);

  pgpPattern = "[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64}";

  # The type of a `key` short-form entry, or null when it cannot be told.
  classify = key:
    if hasPrefix "age1" key || hasPrefix "ssh-ed25519 " key || hasPrefix "ssh-rsa " key then "age"
    else if match pgpPattern key != null then "pgp"
    else if hasPrefix "arn:" key then "kms"
    else if hasPrefix "projects/" key then "gcpKms"
    else if match "https?://[^/]+/v1/.*" key != null then "hcVaultTransit"
    else if match "https://[^/]+/keys/.*" key != null then "azureKeyvault"
    else null;

  # --- bech32 (BIP 173, as filippo.io/age decodes it) ---------------------

  bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  bech32Value = lib.listToAttrs
    (lib.imap0 (i: c: lib.nameValuePair c i) (lib.stringToCharacters bech32Charset));
  pow2 = [ 1 2 4 8 16 32 64 128 ];

  # One step of the checksum's polymod. chk stays below 2^30, so the shift
  # right by 25 is a division and the shift left by 5 a multiplication.
  polymodStep = chk: value:
    let
      top = chk / 33554432;
      gen = i: g: c: if bitAnd top (elemAt pow2 i) != 0 then bitXor c g else c;
    in
    gen 4 705979059 (gen 3 1027748829 (gen 2 513874426 (gen 1 642813549 (gen 0 996825010
      (bitXor ((bitAnd chk 33554431) * 32) value)))));

  hrpExpand = hrp:
    let codes = map lib.strings.charToInt (lib.stringToCharacters hrp);
    in map (c: c / 32) codes ++ [ 0 ] ++ map (c: bitAnd c 31) codes;

  bech32ChecksumOk = hrp: data:
    foldl' polymodStep 1 (hrpExpand hrp ++ map (c: bech32Value.${c}) (lib.stringToCharacters data)) == 1;

  # The 5-bit groups before the checksum must convert to whole bytes: fewer
  # than 5 bits left over, and those bits zero.
  bech32PaddingOk = data:
    let
      n = stringLength data - 6;
      rest = lib.mod (5 * n) 8;
      last = bech32Value.${substring (n - 1) 1 data};
    in
    rest < 5 && (n == 0 || bitAnd last (elemAt pow2 rest - 1) == 0);

  # --- key syntax ----------------------------------------------------------

  sshKeyParts = key:
    let
      ed25519 = match "(ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43})( [^#\n\r]*)?" key;
      rsa = match "(ssh-rsa (AAAAB3NzaC1yc2E[A-Za-z0-9+/]*={0,2}))( [^#\n\r]*)?" key;
    in
    if ed25519 != null then ed25519
    else if rsa != null && lib.mod (stringLength (elemAt rsa 1)) 4 == 0 then rsa
    else null;

  details = {
    ssh = ''expected ssh-ed25519 or ssh-rsa, one space, the base64 key, then optionally one space and a comment without "#"'';
    age = "expected age1 and lowercase bech32: 58 characters after age1 (X25519), 1952 after age1pq1 (post-quantum) or age1<plugin>1 and at least 6 (plugin)";
    pgp = "expected a fingerprint of 40 or 64 hexadecimal digits";
    kms = "expected arn:<partition>:kms:<region>:<account>:key/<id> or arn:<partition>:kms:<region>:<account>:alias/<name>, optionally followed by +arn:<partition>:iam::<account>:role/<name>";
    gcpKms = "expected projects/<project>/locations/<location>/keyRings/<keyRing>/cryptoKeys/<key>";
    azureKeyvault = "expected https://<vault host>/keys/<name> or https://<vault host>/keys/<name>/<version>";
    hcVaultTransit = "expected http(s)://<host>[:<port>]/v1/<engine path>/keys/<name>";
  };

  ageProblem = key:
    if hasPrefix "ssh-" key then (if sshKeyParts key == null then details.ssh else null)
    else
      let m = match "(age|age1[a-z0-9+._-]+)1([${bech32Charset}]{6,})" key;
      in
      if m == null then details.age
      else
        let
          hrp = elemAt m 0;
          data = elemAt m 1;
          n = stringLength data;
        in
        if hrp == "age" && n != 58 || hrp == "age1pq" && n != 1952 then details.age
        else if !bech32ChecksumOk hrp data then "bad bech32 checksum"
        else if !bech32PaddingOk data then "bad bech32 padding"
        else null;

  patterns = {
    pgp = pgpPattern;
    kms = "arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key/[A-Za-z0-9-]+|alias/[A-Za-z0-9/_-]+)(\\+arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=.@_/-]+)?";
    gcpKms = "projects/[A-Za-z0-9_.:-]+/locations/[A-Za-z0-9_-]+/keyRings/[A-Za-z0-9_-]+/cryptoKeys/[A-Za-z0-9_-]+";
    azureKeyvault = "https://[A-Za-z0-9.-]+(:[0-9]+)?/keys/[A-Za-z0-9-]+(/[A-Za-z0-9]+)?";
    hcVaultTransit = "https?://[A-Za-z0-9.-]+(:[0-9]+)?/v1/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*/keys/[A-Za-z0-9_.-]+";
  };

  # Why a key of a known type is malformed, or null when it is fine.
  keyProblem = type: key:
    if type == "age" then ageProblem key
    else if match patterns.${type} key != null then null
    else details.${type};

  # The key as it is written into .sops.yaml: SSH keys lose their comment.
  writtenKey = { type, key }:
    if type == "age" && hasPrefix "ssh-" key then head (sshKeyParts key) else key;

  # --- computed values -----------------------------------------------------

  # A recipient's keys: typed fields in keyTypes order, then `key` entries
  # with their inferred type (null when it cannot be told; validation
  # reports that before anything reads it).
  recipientKeys = r:
    concatMap (type: map (key: { inherit type key; }) r.${type}) keyTypes
    ++ map (key: { type = classify key; inherit key; }) r.key;

  # secret.<name>._recipients: admins first, then targets, each in
  # declaration order; "*" selects every target.
  selectRecipients = group: secret:
    let
      pick = role: recipients: selected:
        map (r: { inherit (r) name; inherit role; keys = recipientKeys r; })
          (filter (r: elem "*" selected || elem r.name selected) recipients);
    in
    pick "admin" group.recipients.admins secret.admins
    ++ pick "target" group.recipients.targets secret.targets;

  # A key as a YAML scalar, quoted where YAML would read it as a number (a
  # PGP fingerprint of decimal digits only, or of digits around one e):
  # SOPS would fail on it ("expected a string").
  yamlKey = key: if match "[0-9]+([eE][0-9]+)?" key != null then "'${key}'" else key;

  # secret.<name>._creationRule: one creation_rules item, one line per
  # distinct key, with a comment naming its owners.
  creationRule = file: recipients:
    let
      entries = lib.imap0 (i: e: e // { inherit i; }) (concatMap
        (r: map (k: k // { written = writtenKey k; owner = "${r.name} (${r.role})"; }) r.keys)
        recipients);
      field = type:
        let
          ofType = filter (e: e.type == type) entries;
          # Entries by written key, each list in order: linear, where
          # comparing every key with every other is not (hosts can be many).
          byKey = lib.groupBy (e: e.written) ofType;
          line = e:
            let same = byKey.${e.written}; in
            lib.optionalString ((head same).i == e.i)
              "    - ${yamlKey e.written} # ${concatStringsSep ", " (unique (map (x: x.owner) same))}\n";
        in
        lib.optionalString (ofType != [ ])
          ("  ${ruleField.${type}}:\n" + lib.concatMapStrings line ofType);
    in
    "- path_regex: ^${lib.escapeRegex file}$\n" + lib.concatMapStrings field keyTypes;

  sopsYamlHeader = "# Generated from flake.secrets; do not edit. Regenerate with: nix run .#write-sops-yaml\n";

  # The whole .sops.yaml: every rule, groups and secrets in name order.
  sopsYaml = groups:
    let
      rules = concatMap
        (g: map (s: groups.${g}.secret.${s}._creationRule) (attrNames groups.${g}.secret))
        (attrNames groups);
      indent = text: lib.concatMapStrings (line: "  ${line}\n") (lib.init (lib.splitString "\n" text));
    in
    sopsYamlHeader
    + (if rules == [ ] then "creation_rules: []\n" else "creation_rules:\n" + lib.concatMapStrings indent rules);

  # --- validation ------------------------------------------------------------
  #
  # Two layers, so that a policy may read itself (`config.flake.secrets.prod
  # .recipients.admins` inside another group) without infinite recursion:
  # options that hold plain values check themselves when read (checkGroup on
  # `directory`, checkRecipients on each recipient list), and `check` runs the
  # whole validation in docs/policy.md's order whenever a computed value
  # (_recipients, _creationRule, flake.sopsYaml) is read. Both give the same
  # first error, the one docs/policy.md's order names.

  groupWhere = g: "flake.secrets: group ${quote g}";
  fail = where: reason: throw "${where}: ${reason}";
  nameReason = "invalid name: must match ^[A-Za-z0-9_][A-Za-z0-9_.-]*$";
  pathDetail = ''expected a relative path of "/"-separated components, each made of A-Z a-z 0-9 _ . + - and not "." or ".."'';

  # The `apply` of a group's `directory`, the first value of a group that
  # anything reads: the group's name, then the directory.
  checkGroup = g: directory:
    assert isValidName g || fail (groupWhere g) nameReason;
    assert isValidPath directory || fail (groupWhere g) "invalid directory ${quote directory}: ${pathDetail}";
    directory;

  # The `apply` of recipients.admins (role "admin") and recipients.targets
  # (role "target"): each recipient in order, its name, then whether the name
  # came before, then whether it has a key, then each key.
  checkRecipients = g: role: recipients:
    let
      recipientOk = i:
        let
          r = elemAt recipients i;
          where = "${groupWhere g}, ${role} ${quote r.name}";
          keys = recipientKeys r;
          keyOk = k:
            if k.type == null then
              fail where "cannot tell the type of key ${quote k.key} (use age, pgp, kms, gcpKms, azureKeyvault or hcVaultTransit)"
            else
              let problem = keyProblem k.type k.key;
              in problem == null || fail where "invalid ${k.type} key ${quote k.key}: ${problem}";
        in
        (isValidName r.name || fail where nameReason)
        && (!elem r.name (map (x: x.name) (lib.take i recipients)) || fail where "duplicate name in recipients.${role}s")
        && (keys != [ ] || fail where "no key (set age, pgp, kms, gcpKms, azureKeyvault, hcVaultTransit or key)")
        && all keyOk keys;
    in
    assert all recipientOk (lib.range 0 (length recipients - 1));
    recipients;

  secretOk = g: group: s:
    let
      secret = group.secret.${s};
      where = "${groupWhere g}, secret ${quote s}";
    in
    (isValidName s || fail where nameReason)
    # Forcing the selections raises the module system's enum errors here.
    && builtins.deepSeq secret.admins true
    && builtins.deepSeq secret.targets true
    && (selectRecipients group secret != [ ] || fail where "selects no recipient")
    && (isValidPath secret.file || fail where "invalid file ${quote secret.file}: ${pathDetail}");

  # Reading `directory` and the recipient lists runs their own checks.
  groupOk = groups: g:
    let group = groups.${g}; in
    builtins.deepSeq [ group.directory group.recipients.admins group.recipients.targets ] true
    && all (secretOk g group) (attrNames group.secret);

  # Two secrets with one file would share a rule (SOPS takes the first match).
  filesOk = groups:
    let
      secrets = concatMap
        (g: map (s: { inherit g s; inherit (groups.${g}.secret.${s}) file; }) (attrNames groups.${g}.secret))
        (attrNames groups);
      step = seen: x:
        if seen ? ${x.file} then
          fail "${groupWhere x.g}, secret ${quote x.s}"
            "file ${quote x.file} is also the file of group ${quote seen.${x.file}.g}, secret ${quote seen.${x.file}.s}"
        else seen // { ${x.file} = x; };
    in
    builtins.seq (foldl' step { } secrets) true;

  # true when the whole policy is valid; otherwise its first error.
  check = groups: all (groupOk groups) (attrNames groups) && filesOk groups;
in
{
  inherit selectRecipients creationRule sopsYaml checkGroup checkRecipients check;
}
