"""Stops reading an upload once its file passes the import size limit, so a huge
POST is neither kept in memory nor written to disk."""

from django.core.files.uploadhandler import FileUploadHandler, StopUpload

# A file up to this many times over the limit is read to its end (and thrown
# away), so the browser receives the form with its message; past that the
# connection is cut without reading the rest, as a proxy's body limit would.
DRAIN_FACTOR = 2


class SizeLimitUploadHandler(FileUploadHandler):
    """Goes first among the request's upload handlers; marks the request with
    ``upload_too_large`` when it stops the upload."""

    def __init__(self, request, max_bytes: int):
        super().__init__(request)
        self.max_bytes = max_bytes
        self.body_length = None
        request.upload_too_large = False

    def handle_raw_input(
        self, input_data, META, content_length, boundary, encoding=None
    ):
        self.body_length = content_length

    def _stop(self):
        self.request.upload_too_large = True
        drain = (
            self.body_length is not None
            and self.body_length <= self.max_bytes * DRAIN_FACTOR
        )
        raise StopUpload(connection_reset=not drain)

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        if self.body_length is not None and self.body_length > (
            self.max_bytes * DRAIN_FACTOR
        ):
            self._stop()

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > self.max_bytes:
            self._stop()
        return raw_data

    def file_complete(self, file_size):
        return None
