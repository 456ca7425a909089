// The diary import form: a file larger than the server takes is named at once, before it is sent.
document.addEventListener('DOMContentLoaded', function () {
  var input = document.getElementById('file');
  if (!input || !input.dataset.maxBytes) {
    return;
  }
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    var tooLarge = file && file.size > Number(input.dataset.maxBytes);
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
    input.reportValidity();
  });
});
