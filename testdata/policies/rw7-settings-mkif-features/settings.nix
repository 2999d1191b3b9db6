{
  monitoring = true;
  mail = false;
}
