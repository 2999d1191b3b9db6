{
  ola = "age1a4hkyhlqs5c282ywrt4p545vnusqh5rfe5z060gn84pm0aym7uyqtk90n7";
  pia = "age1utdg273jvnlutkt906vfnvsl4v9v52vhgnwlpmse95k2huhf8ymqntgxv4";
  raj = "age1q44n8xc8ehmzvyke0542lupe05cu9jvpdxeppfz2gvnr48wzq44sunf8rr";
  dev-db = "age168hykjs5zrxqxlmsp53yq2dt87s4p20p2ys8xydmeu5tv9y0hq7snkdssk";
  dev-app = "age1fx82v7xa2hwl4k8lkuxcsrnsjvta53dqx38y6pd02unjd3c285hs898u5a";
  stg-db = "age1wr0d2ynqjmyfwza4z7ave57d2qjans7skj7knfkkzqmkrqqrdspql77fwg";
  stg-app1 = "age1acxa82j6vdldclehew2dq42pf7y9gnnz8sx8kmrf742vrruvtg2qjuu0fz";
  stg-app2 = "age18gefm6vurd909q0afvgmkmxh3mfx9kww7t34l6af0mmk8xmg3qzsu5t5qz";
  db1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4xOxOWnvE16iZHaqOWbMcxVYlsHqEfUcZFfgGbb/Cb root@h9";
  db2 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBGhsrSVs+96Azu324zl25I5uT8jqVGR5FBVulCifoib root@h10";
  app1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN91mm5fmUuwKs8LZhhxMtAZN8BWGaKcGttfEZ6uuY0C root@h11";
  app2 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDqEBUl0R4auGdJgTFImDb1RftnHZ+vBqTWCq+9gqr+H root@h12";
  app3 = "age129cgfnehhjj93da3z3tjmfns6xar6wxx4fd74zs532z57j9krd2smzu9yy";
}
