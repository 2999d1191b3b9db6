{ lib, ops }:
lib.genAttrs [ "qa" "perf" ] (env: {
  recipients.admins = ops;
  secret."${env}-db" = { admins = [ "bot-ci" ]; };
})
