{
  ingest-1 = { key = "age1pfta0y87x06qg6wmcd4exvfgewkmaeycvqznhajpfwsk7quh3d2q8ech5a"; enabled = true; };
  ingest-2 = { key = "age1cg569xud9adkx2jpcxcvcyalalk4qwf9r7zx8mca8twtu3ww5p0qdd6cja"; enabled = true; };
  # being provisioned: the key is not known yet
  ingest-3 = throw "ingest-3: host key not generated yet (run provision.sh)";
  ingest-4 = { key = throw "ingest-4: key pending"; enabled = false; };
}
