{
  flake.secrets.prod = {
    recipients.admins = [ { name = "de-1"; age = "age1ckn6k07cw63d37ep3n903yvc23fwga9942gggfcnzzgaw3cqfqwqsks3uh"; } { name = "be-2"; age = "age1eak70rfndnn0gqk5tdjed07eqvwq20aut0etyjhje5jclurwg4cqxv54tt"; } ];
    recipients.targets = [ { name = "etl-1"; age = "age1xjuvl8k04nry35cxjeep7kwh9mxg7jlshp5rpwegqhtwrmhphgfqh5jk7j"; } ];
    secret.warehouse.targets = [ "etl-1" ];
  };
}
