from verified_docs.cli import main

raise SystemExit(main())
