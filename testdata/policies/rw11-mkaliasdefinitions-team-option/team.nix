{
  team.admins = [
    { name = "ana"; age = "age18kd5hatmu5kqczez8z5crp0cfsm5hjm2u6pzva3vwhlkhpp0m4rspx4huw"; }
    { name = "ben"; key = "0F1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C"; }
  ];
}
