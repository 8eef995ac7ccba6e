from listing_genie_desktop.cli import main

raise SystemExit(main())
