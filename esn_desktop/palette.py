"""The colours of every chart, on screen and in the PDF reports: Okabe and Ito's palette, which
people with any common colour-vision deficiency can still tell apart."""

PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "grey": "#7F7F7F",
}
