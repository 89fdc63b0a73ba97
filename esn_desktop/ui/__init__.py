"""The desktop windows: they show and edit, and call the services for everything else."""
