"""Page-level cases modelled on real school pages (each names the page it was modelled on)."""
