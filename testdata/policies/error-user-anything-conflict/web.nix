{
  inventory.web.role = "backend";
}
