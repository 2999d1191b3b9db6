{
  people = {
    alice = { age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; envs = [ "dev" "staging" "prod" ]; };
    bob = { age = "age1nd88ww590vut4c9pmqv539cr58l2ljnje2adjykj4dtyfpyljujqmle7kz"; envs = [ "dev" "staging" ]; };
  };
  hosts = {
    dev-app = { env = "dev"; roles = [ "app" ]; key = "age1ltxj84ua89qw644p8d350e7rcsg45np4f27368hsevl6yffpz4pqju6zaj"; };
    stg-app = { env = "staging"; roles = [ "app" ]; key = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf"; };
    stg-db = { env = "staging"; roles = [ "db" ]; key = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79"; };
    prod-app1 = { env = "prod"; roles = [ "app" ]; key = "age16pha599f7xfjrpek0xgdvc39j67vh5flvndv3s27tz756n4xqdnsn3z7hy"; };
    prod-app2 = { env = "prod"; roles = [ "app" ]; key = "age1wkw6ad8dtpdla5cef2r03j787l5p0fawvjh9xqeg32jlxm5cc32svehvex"; };
    prod-db = { env = "prod"; roles = [ "db" "backup" ]; key = "age1ne9fgu8jeg8wl899ee7ltqnlhm5964ll2fpy49a7z606qzdkv3fstz5e5n"; };
  };
}
