{
  flake.secrets.prod.recipients.admins = [ { name = "shared"; age = "age19w0xdyqnru96x42k9anznu9ps2jtu7s3mcnfvsda9sk45rlgydeqvtq9f2"; } ];
}
