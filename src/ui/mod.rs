pub fn app(){}
