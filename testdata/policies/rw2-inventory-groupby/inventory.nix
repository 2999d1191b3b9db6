{
  people = [
    { name = "wes"; }
    { name = "xia"; }
    { name = "ci-deploy"; kms = "arn:aws:kms:eu-north-1:123412341234:alias/deploy"; }
  ];
  hosts = [
    { file = "host_db.pub"; env = "prod"; role = "core"; }
    { file = "host_cache.pub"; env = "prod"; role = "edge"; }
    { file = "host_lab-1.pub"; env = "lab"; role = "core"; }
    { file = "host_gw.pub"; env = "prod"; role = "core"; }
  ];
}
