"""The CRMs' exports, one module per vendor and list, registered in dialects.DIALECTS.

dialects.py is loaded first whichever module of this package is imported: it defines the
Dialect these modules build, then reads their registry.
"""

import esn_desktop.interchange.lists.dialects  # noqa: F401
