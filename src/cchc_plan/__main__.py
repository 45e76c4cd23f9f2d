from cchc_plan.cli import main

main()
