{
  description = "The key short form: every type read from its syntax";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    secrets-lsp.url = "github:secrets-lsp/secrets-lsp";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.secrets-lsp.flakeModules.default ];
      systems = [ "x86_64-linux" "aarch64-linux" ];

      flake.secrets.prod = {
        recipients.admins = [
          { name = "alice"; key = "age1w534hp98ppsjdvzysmx6nz0lyl2f5r4azuz2cd0k589vemhv0ycqchhjpv"; }
          { name = "bob"; key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ25XBP2JjZsZjhHwH45TWEcl8V/LpvfSuitQ/QJFz/z bob@example.com"; }
          { name = "legacy"; key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDQctJKXc7Fx6JIjDyQZdkJnWAF/0r6qEsoYBz7mgNQHKUm102XigTuiJueXRaejIdSgSQ0mrC51DgnP5HlRIy07ZtZl8OzaX0MuwfDKZqgK8Y4Ff6u0PuLn7Pein48zS43QsogcgLQBMeDlOvOPPwF3MCzJM1GuPO2CLMcv6cy6xP/rScAcy4uKBfmXReLKbvRUwefPJB7XXgsLgeo4WBDCl7oFhCN1VmKua72/Whi/4hM4czwoXMoHC/eEkpIVhqCK6WDtAM+eCTRPPVhB7SrI9nNxTG0pU56ktI8LHarAeZULOvHvYa/U3JJwGZK7Hvgd0W7iDjRPHEKiIS3INOipJ6FCWuH+5V4SQKlCAjAgSp6utU/tjSDokB8s9MZZB+BzpLKO5lyR0T/B9Yr625W+9qwuV7DfLVX96M+NFSH7vDcsZytdi0UKEnC4otRW2M4BAkIlnKplniS0mHt6bAmXiMkcQllcumH5+gGtxwtmpxXwz0izbLAtGlAya5EaZM= legacy@example.com"; }
          { name = "ops"; key = "7A3F9C2E4B1D8F6A0C5E3B9D7F1A4C6E8B2D0F3A"; }
          { name = "ops-v5"; key = "4e0b9c8d7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d"; }
          { name = "ci"; key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab+arn:aws:iam::111122223333:role/sops-ci"; }
          { name = "ci-alias"; key = "arn:aws:kms:us-east-1:111122223333:alias/sops/prod"; }
          { name = "gcp"; key = "projects/acme-prod/locations/global/keyRings/sops/cryptoKeys/prod"; }
          { name = "azure"; key = "https://acme-prod.vault.azure.net/keys/sops/0123456789abcdef0123456789abcdef"; }
          { name = "azure-latest"; key = "https://acme-prod.vault.azure.net/keys/sops"; }
          { name = "vault"; key = "https://vault.acme.internal:8200/v1/transit/keys/prod"; }
          { name = "vault-dev"; key = "http://127.0.0.1:8200/v1/sops/transit/keys/dev"; }
          { name = "yubikey"; key = "age1yubikey1qff0yfn95cxp955frpwe2rhgsymqj9n0dvgn69udds8a8yql7gu6zkz0awa"; }
          { name = "pq"; key = "age1pq1jpq5f08cp8k6cdh2ryrk279w8lprtdejdxr7q4wwu57y89auxzcgvt3yewrh2lv7z4nd2u2685xfysuy38mkyqqz5jfwx24p2fveyy6trl9ev8qpfwx8wfczlmzt0hr48tms9wa04sa2udyj4cahw8vcxa9x5knres7vrvp259dp5n88vre0pn00yznewex27f6y5vng9f5p9zwulqamx5rhaptuxvlfn6j68jhuw9fd4xma57s9vaafkddpzvh0f90uhc5f8p5u4f6g2ak988yn496rzcwddq2khv05x29tzsaqg5qz7cuh9jxvhx9ck85z5y3dfym5pqtx752vqt6cr0mk2gs90jlf2gcys5g3yzw8yny60w2m0vhkequ7lyac4waszgsygxpylvr5tuewcguggc5ysp99zlwlulyghnqtc42sw3rscymac6cg2kmjg9vqkxn2yhupyd5jy0stuf0k3vserjgkqgy9rlemx3t83pkvfnys4wevdhpn3huzfqtz0zhpgykgcasu665crx7a3pevl2rses5ft8dgjrcgyc3c9pfezgl8qvykpzfvwcnhzfcgy77ugk5mhrq6wv640fmmp2tskjzm0pk458q0y9y3pc8rz2c3vd3kexxdhg6jvrrnksgqhj5w8prels2574qglq3t534staecdw800s9zf9567g9yz3k3x08y4xk3c8rwww4x8qfqeh234wu9n9c889pyvrzhzr4qdgy3hc8tk9x4hzq2dtpygwa8s2yyt7mkdve3y3mynty8w5m68rlrxkakz5jz79pr5cerf5myjfqxfnjxy4mqkpdc2g3s6dr5952yz382vam5yf5hd9x2tua6vgskfcyakwqfzswfgxdt3sd66dl6fsj4xq94l9p6dskygtd6rd5z27r0sm6wuc9lkw6ur6y9crwexynazhpmh8rus5ewzlwtkn8mw7zre3w53srh87qeuhtys7p8nf9lv3pcnj8hxepfvgycjk7cjc2qs0c8xeuyxuxy80r8fzmxft6lgt9agvwjdam27h6haf5fznp4d0wc5zcp43yrrwvmlssvqva5grp5ar8vc67xfxf4f4etdlyr26znv93zrj34pjv2ykc454ffdsd75zlwpdvxz0j4d9y4x2sv2lyzngtzvj2f42drjhxk38dphgvj0d96cg9xma35ah8r3wrxrsg0vrqaeh95x3a4u3rj592qgp86scukdtzm9trgfhpn40pc2842f9t4xkv2cuc833jnsxjx0dl2l272u7s7mpnc0qfq46ea0v74fsvtaejrtftcslykv0l4hdhvcue3ldnlt2ptzs243detrs4hsxete6y68lccz6pceexnq9x0vdyax5sngjrpk6f6gvxjptg77a7ujkgwx5zxgmqk38e3qckn3yvym650lgafz8f8g6m3337nj6u3zus3re2ywgp3wev9rjp6kar5m6sf80py754xz2p45njvr25xmlxpl79uqdhzqt9e8wg8z245xafpuprmtz2cfzqm5ka67v2flekqkhg3k6rqz67ekyr2cfnz5wu30ju4wmdt4yr6q4dmd33m77epy0mye64s3tx7wudesflyqxae0h4rddstva7xgmm9c6wayjd3cmjfpazcwhmhq82kl28sdlq6e7gmhe2gsndqvw77dyjjzxvpeudsr75y4zw2gn70k4vnga729e9cn8a8tmjtdtmtnq45h3yazhkpfjm30g0cg3p8q8zjquqy7p65cgkzcj7yzql5sv67x4u7c65t405g2wfzgc4fqzxdjw7tymj6tmf89ctl4pefsu3u9qz5g0mvar6zldt5hcnkv372t98ykv8wdpqs9dlxktgv7yhp3s7zdy40k7592zzgsw7emsvz0c6wjvfyrjcpkqjcmcwnhyz4ss39qsnful8f"; }
        ];
        secret.everything = { };
      };
    };
}
