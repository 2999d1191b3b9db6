{
  description = "migrating hosts to post-quantum age: during the transition each host has its X25519 key and, where generated, a post-quantum key; the rule lists both";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }:
      let
        hosts = {
          kdc = { x25519 = "age1en2equ9yfdwwlwl5f45cvd6vz57zxeffyk4lwxd9cm2v0a3qfvwqmy4wn4"; pq = "age1pq17wtql4fzh3v8eycp4ym8pzttwg9h36drhqtq2e2xqusav4dkj5a3v3ac8mgzxavgyxdpmg4sf6ycgkx2hv8tq2r7u6s0g6seqkncpvps5g35qqvcpvwh2trye8tk40m4nhfws5hu6w3ewfwxyg2yqnhkqk4rgw38lwx6qutw68g83tyqsfmfwuxqcchpxx4ku7x9m8hzjutqktslzjqrm5693zn2lyc9crsz4ngnavkqfd9n9ysgwflnjduncfxavkjhl54vf2dr9d9srdu22yws57u2w2ggj4n27hkx4surptrqsc4nalqgzpr2y79jkzvp4f3dgfghlu2ld2e9kd5n5a63espchvwv5k3uzvk2x07ypl76ts5v6ffhuxf76eecc8pvyntpgqfx77py8jaf53zfkxd9c0npt32c3948wcc7emrpnx0f4rqwjzdcmd7hl5pe5ggegfzhqc04gwtfwvasxv9778qc27shspwpglccmw6dswqqey5z9hq3hu7c39575ax8s53l7l5v9d5z8yz55yqghy79gzu3umc2j66m3js30dm0pqkzmg7z85zvfvlur4wardpy630tlxgs7369wwg8qyarwxw30gdn4kjwk3tf2wjjcuz8k96q3x3rre4d8s78x32tr5xlgvhxy5ggyy4k22vx2k92ctzy2fwd244yc7tmgfsg5d5kvat5v3x8lsx8gsv5g3u8k3em0dh0vwrywq3jhzjqp3y4xa8r0erfzw9fv2f4lvgndgryf2g93fhmpyfy09vdv4t248qm85npw2n45hv0vjqmpafuwajrd9spc2ae9pstk9tspf56vj2knjwr5r4aw6edxvw5z5dwlcmhddt842v88vwz0qapyge66szxmeh685jstz0qjrr6mgzrauteud9sc8hfqj47ycpd0enrvz48t3prsrpq22fgnqreqfmhrwnmqks2pg59rtzwx29zdzeg7rg2sp8zxfjgwpjcngapx53zqndj24rjvmgpej33tdfqjlqeke5ckedpyt33vznmj9akgaf9ds2pns28jv6q8zfeu2srzw4nsv934nlxzg6gz9ysp09ujacundv3s2ze9jdy5ky6awk58c2hcr9f4spy0z9sgx9v93wn4v67nvjqsylp300sx2xn7yjy54s9mfesfw23wkm6wyutwgmyk5p5l5qktycj9hef28nrsc7hgjx8mm69g0us20fxsne9evdup345tm5jdz2x0pdckmnudp5fskagsqeef7drpy93g5rrwe77rz35drrek7v9q8kskcexmy5gyx6m7zfcsxggr0td5hh5kjcmj4agt5e8r4g4svm5sr0jrpf6acv30k9mt8rjst4eqsdka9w78wvnjxjfujzr3h4se3gr3j2jx9ykad7g84pntll5y8fdrjmtue9l60tkn4d59vgres3ql2n9avx0sq9kptu2wrv3rs8wfgsfxhz4f83k0uamd8zgjg6j2c54es2tejtpp76v8qq95lpa93cak5t08uemfhkypunnqwuz3fma89p7v279snv4qrvxv68h93vh62avw5jhk5ts0nylpqavvwx5l9dfa74r7hl88zlwkpj46723l43w3pctn2juyz4dzymvexrr04z9qxqzjzl4j0gsh3w0xfc3gjtg2ay99azs062lfplm7ayynw4qmcpn75l4qka9gsy0yeq0ejqn0ydu8trs0d9ch0lytsjnk2fjc6afk0863elzvdwmkxntd4den3s67ww552rs26rrjjr4y52mcszhrjzsd0dpxcdrv0pcq6yzxkdh03evy78zg87xskdlgk65csthxdrjk3htpcp5e2y7v7xaye0dfhrg4v3tlt2az8yk60dtypkpwu4l45xuznuq3m5qa8m8msrfpu5x8hs3nrlz78pgg3jcdc5zf62x"; };
          ldap = { x25519 = "age14d9ky6ptyxgu9h0sqrned0rfupnc4w984s723u6tx20f6g3pyf2shzeefs"; };
          radius = { x25519 = "age1wl5cump2dgnpptfgvlqepct3mrsmqyjwz5wvv93ure6m7t348phs8m0qen"; };
        };
      in
      {
        imports = [ inputs.secrets-lsp.flakeModules.default ];
        systems = [ "x86_64-linux" ];
        flake.secrets.identity = {
          recipients.admins = [ { name = "idm-admin"; age = [ "age1wz7mm25ffw94xxleg5a680v3arfydvelpge8zs64wnc22uy64usq0cer53" "age1yubikey1qff0yfn95cxp955frpwe2rhgsymqj9n0dvgn69udds8a8yql7gu6zkz0awa" ]; } ];
          recipients.targets = lib.mapAttrsToList (name: h: {
            inherit name;
            age = [ h.x25519 ] ++ lib.optional (h ? pq) h.pq;
          }) hosts;
          secret.kerberos-master.targets = [ "kdc" ];
          secret.ldap-admin.targets = [ "ldap" "kdc" ];
          secret.radius-shared.targets = [ "radius" ];
        };
      });
}
