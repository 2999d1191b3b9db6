{ flake.secrets.prod.recipients.targets = [ { name = "extra"; age = "age1gyz0smk89acwqyrptyr606yfufrrtexvg2nwupayes59s4tawy0q3nyw2p"; } ]; }
