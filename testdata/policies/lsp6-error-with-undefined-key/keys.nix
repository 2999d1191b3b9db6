{ hosts = { web = "age1xngzugakuws3d2ufk474umggjmrdfvvgke3f7sjud9sgqqls44gqm865q3"; db = "age17m6fknfjfyqgve5fj6wdu8aalg82tyu66lpx0vmf6c6v467jgemqp92c6a"; }; }
