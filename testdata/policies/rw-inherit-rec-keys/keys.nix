rec {
  # people
  alice = "age1h839pww00rea0jkn9fgj5g07458anzp9nnr2rcn0dr74asy4s3gsrtqfyl";
  bob = "age15c5y4r59pnz7mmpkntwyxxzqq2tmmkkq0ty8gv6ju2fts8v46ynse37rg4";
  chris = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPKB3gU2HiMGo8+V5Pb/5MYbKftGx3uUbq1P1Q51IfaR";
  # machines
  hydra = "age1vnqgzgcdpldtshktk7p7pyqvd6tmzujpw4h3ka5kkq5mxtwkn4gqn46gtf";
  builder-1 = "age1l08guvu0u4e6gkp50f26nf4saraslp6rg7ns85mvnxwp8vu0z4pq2qc7zk";
  builder-2 = "age1nn7vkq8lmkgvdd50029vn64c084quf4wjc79dxgmkq9qx6jqlqrsxngk75";

  admins = [ alice bob ];
  builders = [ builder-1 builder-2 ];
  everyone = admins ++ builders ++ [ hydra chris ];
}
