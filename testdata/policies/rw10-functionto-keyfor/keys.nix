let
  table = {
    gw1 = "age1jkfxwpn7txjh7umkfuwtm94cl262mlg2svtwj8jvaswsxh5xuf5sjexvvf";
    gw2 = "age1hkt3hyl8fqtwyjlfzjl7d6qfyysmy6mgftlz7qmf0js0urx8d3csh4jp79";
    ana = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw";
  };
in
{ keyFor = name: table.${name}; }
